package org.easeback.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.SourcePointers;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.routine.UserCatalogs;

/**
 * Checks a technique draft as {@code validate} checks a user catalog: the format, every catalog safety rule, and no
 * id a bundled technique or another user technique has. A pure function of the draft's text.
 */
public final class TechniqueChecker {

    private final TechniqueCatalog bundled;
    private final Map<String, Path> otherUserIds;

    /** @param otherUserIds ids the user's other catalogs hold, with their files */
    public TechniqueChecker(TechniqueCatalog bundled, Map<String, Path> otherUserIds) {
        this.bundled = bundled;
        this.otherUserIds = Map.copyOf(otherUserIds);
    }

    /** The diagnostics of {@code json} (from {@link TechniqueDraft#write()}), to be saved as {@code file}. */
    public List<TechniqueDiagnostic> check(byte[] json, Path file) {
        List<Diagnostic> found = new ArrayList<>(new TechniqueCatalogLoader(CatalogSafety.rules())
                .load(json, file).diagnostics());
        found.addAll(UserCatalogs.clashes(json, file, bundled, otherUserIds));
        SourcePointers pointers = SourcePointers.of(json);
        return found.stream().map(d -> TechniqueDiagnostic.at(d, pointers.of(d).orElse(""))).toList();
    }
}
