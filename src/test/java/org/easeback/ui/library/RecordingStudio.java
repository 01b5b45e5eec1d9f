package org.easeback.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.easeback.ui.kit.StudioLauncher;

/** A studio launcher that writes down each call: "new", or "edit PATH bundled|user". */
public final class RecordingStudio implements StudioLauncher {

    public final List<String> calls = new ArrayList<>();

    @Override
    public void newRoutine() {
        calls.add("new");
    }

    @Override
    public void edit(Path file, boolean bundled) {
        calls.add("edit " + file + (bundled ? " bundled" : " user"));
    }
}
