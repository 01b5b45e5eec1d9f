package org.easeback.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files of a folder that a reader should look at, found without following links: a link, a pipe or a device
 * whose name matches is listed like a file, so that {@link StrictFileReader} refuses it with a reason instead of the
 * walk silently following it out of the folder or opening it.
 */
public final class FolderListing {

    private FolderListing() {
    }

    /** The entries found, in path order, and the ones that could not be looked at. */
    public record Listing(List<Path> files, List<FileRead.Refused> unreadable) {
        public Listing {
            files = List.copyOf(files);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** Every non-folder entry of {@code folder}, down to {@code depth} levels, whose name {@code wanted} accepts. */
    public static Listing of(Path folder, int depth, Predicate<String> wanted) {
        List<Path> files = new ArrayList<>();
        List<FileRead.Refused> unreadable = new ArrayList<>();
        try {
            // The folder itself may be a link (a routines folder kept elsewhere); what is inside it is not followed.
            Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
            Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && file.getFileName() != null
                            && wanted.test(file.getFileName().toString())) {
                        files.add(start == folder ? file : folder.resolve(start.relativize(file).toString()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(refusal(file, e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(refusal(folder, e));
        }
        files.sort(Comparator.comparing(Path::toString));
        return new Listing(files, unreadable);
    }

    private static FileRead.Refused refusal(Path path, IOException e) {
        return new FileRead.Refused(path, FileRead.Refusal.UNREADABLE, e instanceof AccessDeniedException
                ? "cannot be read: permission is denied. Check its permissions"
                : "cannot be read (" + e.getMessage() + ")");
    }
}
