package org.easeback.profile;

import static org.easeback.profile.ReceiverStoreException.Reason.CHANGED_ELSEWHERE;
import static org.easeback.profile.ReceiverStoreException.Reason.INVALID;
import static org.easeback.profile.ReceiverStoreException.Reason.NAME_TAKEN;
import static org.easeback.profile.ReceiverStoreException.Reason.NOT_FOUND;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.easeback.routine.Diagnostic;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.CorruptFileQuarantine;
import org.easeback.storage.FolderListing;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.FormatTag;
import org.easeback.storage.StoredFileReader;
import org.easeback.storage.StoredFormat;
import org.easeback.storage.StoredRead;
import org.easeback.storage.WriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The household's receivers: one {@code easeback-receiver/1} file each in the data folder's {@code receivers}
 * folder, named from a slug of the receiver's name. Every change is made under the data folder's write lock and
 * written atomically, and is refused if the receiver changed elsewhere since it was read.
 */
public final class ReceiverStore {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiverStore.class);

    private final Path folder;
    private final ReceiverReader reader;
    private final ReceiverWriter writer = new ReceiverWriter();
    private final AtomicFileWriter files;
    private final StoredFileReader stored;
    private final WriteLock lock;
    private final StoredFormat<StoredReceiver> format = new Format();
    private final ReceiverFileNames names;
    private final CorruptFileQuarantine quarantine = new CorruptFileQuarantine();

    public ReceiverStore(DataDirectory data, ReceiverReader reader, AtomicFileWriter files, StoredFileReader stored,
                         WriteLock lock) {
        this.folder = data.receivers();
        this.names = new ReceiverFileNames(folder);
        this.reader = reader;
        this.files = files;
        this.stored = stored;
        this.lock = lock;
    }

    /** The store of a data folder with the standard reader, writer and lock. */
    public static ReceiverStore of(DataDirectory data) {
        return new ReceiverStore(data, new LoaderReceiverReader(), new AtomicFileWriter(),
                StoredFileReader.of(data), WriteLock.of(data));
    }

    /** Every receiver, sorted by name; damaged files are moved aside (and their backups loaded) as they are met. */
    public ReceiverListing list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return new ReceiverListing(List.of(), List.of());
        }
        // A receiver whose file is gone but whose backup is left is found again (and restored) with a message.
        FolderListing.Listing listing = FolderListing.of(folder, 1,
                n -> n.endsWith(".json") || n.endsWith(".json.bak"));
        Set<Path> paths = new TreeSet<>();
        for (Path p : listing.files()) {
            String n = p.getFileName().toString();
            paths.add(n.endsWith(".bak") ? p.resolveSibling(n.substring(0, n.length() - ".bak".length())) : p);
        }
        List<StoredReceiver> receivers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        listing.unreadable().forEach(r -> problems.add("The file " + r.file() + " " + r.what() + "."));
        for (Path path : paths) {
            StoredRead<StoredReceiver> read = stored.read(path, format);
            read.value().ifPresent(receivers::add);
            problems.addAll(read.messages());
        }
        receivers.sort(Comparator.comparing((StoredReceiver r) -> r.name().toLowerCase(Locale.ROOT))
                .thenComparing(StoredReceiver::name));
        return new ReceiverListing(receivers, problems);
    }

    /** The receiver called {@code name}, ignoring case. */
    public Optional<StoredReceiver> find(String name) throws IOException {
        String key = ReceiverFileNames.key(name);
        return list().receivers().stream().filter(r -> ReceiverFileNames.key(r.name()).equals(key)).findFirst();
    }

    /** Stores a new receiver. */
    public StoredReceiver create(Receiver receiver) throws IOException, ReceiverStoreException {
        checkValid(receiver);
        return locked(() -> {
            requireNameFree(receiver.name(), null);
            return save(names.freeFile(receiver.name()), receiver);
        });
    }

    /**
     * Replaces {@code current} with {@code changed}, which may have a new name.
     *
     * @throws ReceiverStoreException CHANGED_ELSEWHERE if the file changed since {@code current} was read
     */
    public StoredReceiver update(StoredReceiver current, Receiver changed) throws IOException, ReceiverStoreException {
        checkValid(changed);
        return locked(() -> {
            requireUnchanged(current);
            if (ReceiverFileNames.key(changed.name()).equals(ReceiverFileNames.key(current.name()))) {
                return save(current.file(), changed);
            }
            requireNameFree(changed.name(), current.file());
            StoredReceiver renamed = save(names.freeFile(changed.name()), changed);
            retire(current.file());
            return renamed;
        });
    }

    /** Stores a copy of {@code source} under {@code newName}. */
    public StoredReceiver duplicate(StoredReceiver source, String newName) throws IOException, ReceiverStoreException {
        Receiver r = source.receiver();
        return create(new Receiver(newName, r.carrierOil(), r.essentialOils(), r.sensitivities(),
                r.preferredPressure(), r.soreSpots()));
    }

    /** A name for a copy of {@code name} that no receiver has yet: "Sam (copy)", "Sam (copy 2)", … */
    public String copyName(String name) throws IOException {
        List<String> taken = list().receivers().stream().map(r -> ReceiverFileNames.key(r.name())).toList();
        String candidate = name + " (copy)";
        for (int n = 2; taken.contains(ReceiverFileNames.key(candidate)); n++) {
            candidate = name + " (copy " + n + ")";
        }
        return candidate;
    }

    /** Deletes {@code receiver}; their last version is kept beside as the returned {@code NAME.deleted-<time>}. */
    public Path delete(StoredReceiver receiver) throws IOException, ReceiverStoreException {
        return locked(() -> {
            requireUnchanged(receiver);
            return retire(receiver.file());
        });
    }

    /** Runs {@code action} under the data folder's write lock (re-entrant, so it may call the store). */
    <T> T locked(Locked<T> action) throws IOException, ReceiverStoreException {
        return Locked.holding(lock, action);
    }

    /** Stores {@code receiver} under a new file: for an import of a name nobody has. */
    StoredReceiver saveNew(Receiver receiver) throws IOException, ReceiverStoreException {
        checkValid(receiver);
        return locked(() -> {
            requireNameFree(receiver.name(), null);
            return save(names.freeFile(receiver.name()), receiver);
        });
    }

    private StoredReceiver save(Path file, Receiver receiver) throws IOException, ReceiverStoreException {
        byte[] bytes = writer.write(receiver);
        ReceiverParse check = reader.read(file, new String(bytes, StandardCharsets.UTF_8));
        if (check.receiver().isEmpty() || hasErrors(check)) {
            // Never store what could not be read back.
            throw new ReceiverStoreException(INVALID, check.diagnostics().stream().map(Diagnostic::message)
                    .toList());
        }
        files.write(file, bytes);
        LOG.info("Saved receiver \"{}\" to {}", receiver.name(), file.getFileName());
        return new StoredReceiver(receiver, file, ReceiverFileNames.revision(bytes));
    }

    /**
     * Keeps a deleted or renamed receiver's file, and its backup, as {@code NAME.deleted-<time>}, so it can still be
     * undone by hand; never as {@code NAME.bak}, which the listing would bring back.
     */
    private Path retire(Path file) throws IOException {
        Path kept = quarantine.keepAs(file, "deleted");
        Path backup = AtomicFileWriter.backupOf(file);
        if (Files.exists(backup)) {
            quarantine.keepAs(backup, "deleted");
            quarantine.removeOriginal(backup);
        }
        quarantine.removeOriginal(file);
        return kept;
    }

    private void requireUnchanged(StoredReceiver current) throws IOException, ReceiverStoreException {
        StoredRead<StoredReceiver> now = stored.read(current.file(), format);
        if (now.value().isEmpty()) {
            throw new ReceiverStoreException(NOT_FOUND, "\"" + current.name() + "\" is no longer stored; another "
                    + "window or command deleted or renamed them. Reload the list of receivers.");
        }
        if (!now.value().get().revision().equals(current.revision())) {
            throw new ReceiverStoreException(CHANGED_ELSEWHERE, "\"" + current.name() + "\" was changed by another "
                    + "window or command since you opened them. Reload them and make your change again.");
        }
    }

    private void requireNameFree(String name, Path except) throws IOException, ReceiverStoreException {
        Optional<StoredReceiver> same = find(name);
        if (same.isPresent() && !same.get().file().equals(except)) {
            throw new ReceiverStoreException(NAME_TAKEN, "A receiver named \"" + same.get().name()
                    + "\" already exists. Choose another name.");
        }
    }

    private static void checkValid(Receiver receiver) throws ReceiverStoreException {
        List<String> problems = ReceiverRules.problems(receiver);
        if (!problems.isEmpty()) {
            throw new ReceiverStoreException(INVALID, problems);
        }
    }

    private static boolean hasErrors(ReceiverParse parse) {
        return parse.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** The receiver file as a stored format, carrying the revision of the bytes read. */
    private final class Format implements StoredFormat<StoredReceiver> {
        @Override
        public FormatTag current() {
            return FormatTag.parse(Receiver.FORMAT).orElseThrow();
        }

        @Override
        public String description() {
            return "receiver";
        }

        @Override
        public StoredReceiver decode(Path file, String text, JsonNode document) throws InvalidContentException {
            ReceiverParse parse = reader.read(file, text);
            if (parse.receiver().isEmpty() || hasErrors(parse)) {
                throw new InvalidContentException(parse.diagnostics().stream().map(Diagnostic::format)
                        .collect(Collectors.joining("; ")));
            }
            return new StoredReceiver(parse.receiver().get(), file,
                    ReceiverFileNames.revision(text.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
