package org.easeback.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves a damaged file aside as {@code NAME.corrupt-<timestamp>}, so that nothing ever writes over it. */
public final class CorruptFileQuarantine {

    private static final Logger LOG = LoggerFactory.getLogger(CorruptFileQuarantine.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private final Clock clock;

    public CorruptFileQuarantine() {
        this(Clock.systemUTC());
    }

    public CorruptFileQuarantine(Clock clock) {
        this.clock = clock;
    }

    /** Moves {@code file} aside and returns its new path; an existing file of that name is never replaced. */
    public Path moveAside(Path file) throws IOException {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.exists(aside)) {
                continue;
            }
            try {
                // Without REPLACE_EXISTING: a rename never lands on an existing file.
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Moved damaged file {} aside as {}", file, aside.getFileName());
                return aside;
            } catch (FileAlreadyExistsException raced) {
                // Another process took that name between the check and the move: try the next.
            }
            if (n > 1000) {
                throw new IOException("could not find a free name to move " + file + " aside");
            }
        }
    }
}
