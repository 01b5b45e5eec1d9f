package org.easeback.profile;

import static org.easeback.profile.ReceiverStoreException.Reason.CHANGED_ELSEWHERE;
import static org.easeback.profile.ReceiverStoreException.Reason.INVALID;
import static org.easeback.profile.ReceiverStoreException.Reason.NAME_TAKEN;
import static org.easeback.profile.ReceiverStoreException.Reason.NOT_FOUND;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.easeback.routine.Diagnostic;
import org.easeback.storage.AtomicFileWriter;
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
    /** Largest receiver file that is imported. */
    private static final long MAX_IMPORT_BYTES = 1024 * 1024;

    private final Path folder;
    private final ReceiverReader reader;
    private final ReceiverWriter writer = new ReceiverWriter();
    private final AtomicFileWriter files;
    private final StoredFileReader stored;
    private final WriteLock lock;
    private final StoredFormat<StoredReceiver> format = new Format();

    public ReceiverStore(DataDirectory data, ReceiverReader reader, AtomicFileWriter files, StoredFileReader stored,
                         WriteLock lock) {
        this.folder = data.receivers();
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
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.json")) {
            dir.forEach(paths::add);
        }
        paths.sort(Comparator.naturalOrder());
        List<StoredReceiver> receivers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
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
        String key = key(name);
        return list().receivers().stream().filter(r -> key(r.name()).equals(key)).findFirst();
    }

    /** Stores a new receiver. */
    public StoredReceiver create(Receiver receiver) throws IOException, ReceiverStoreException {
        checkValid(receiver);
        return locked(() -> {
            requireNameFree(receiver.name(), null);
            return save(freeFile(receiver.name()), receiver);
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
            if (key(changed.name()).equals(key(current.name()))) {
                return save(current.file(), changed);
            }
            requireNameFree(changed.name(), current.file());
            StoredReceiver renamed = save(freeFile(changed.name()), changed);
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
        List<String> taken = list().receivers().stream().map(r -> key(r.name())).toList();
        String candidate = name + " (copy)";
        for (int n = 2; taken.contains(key(candidate)); n++) {
            candidate = name + " (copy " + n + ")";
        }
        return candidate;
    }

    /** Deletes {@code receiver}; their last version stays as the file's {@code .bak} until that name is reused. */
    public void delete(StoredReceiver receiver) throws IOException, ReceiverStoreException {
        locked(() -> {
            requireUnchanged(receiver);
            retire(receiver.file());
            return null;
        });
    }

    /**
     * Imports an {@code easeback-receiver/1} file; with {@code replace}, a receiver of the same name is replaced,
     * otherwise the import is refused.
     */
    public StoredReceiver importFile(Path source, boolean replace) throws IOException, ReceiverStoreException {
        Receiver receiver = readForImport(source);
        return locked(() -> {
            Optional<StoredReceiver> existing = find(receiver.name());
            if (existing.isPresent()) {
                if (!replace) {
                    throw new ReceiverStoreException(NAME_TAKEN, "A receiver named \"" + existing.get().name()
                            + "\" already exists. Import with --replace to overwrite them, or change the name in "
                            + source + ".");
                }
                return update(existing.get(), receiver);
            }
            return save(freeFile(receiver.name()), receiver);
        });
    }

    /** Reads and checks a receiver file from outside the data folder, without storing it. */
    public Receiver readForImport(Path source) throws IOException, ReceiverStoreException {
        if (Files.isDirectory(source)) {
            throw new ReceiverStoreException(INVALID, source + " is a folder. Give the path of a receiver file.");
        }
        if (Files.size(source) > MAX_IMPORT_BYTES) {
            throw new ReceiverStoreException(INVALID, source + " is too large to be a receiver file.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(source))).toString();
        } catch (CharacterCodingException e) {
            throw new ReceiverStoreException(INVALID, source + " is not UTF-8 text, so it is not a receiver file.");
        }
        ReceiverParse parse = reader.read(source, text);
        if (parse.receiver().isEmpty() || hasErrors(parse)) {
            throw new ReceiverStoreException(INVALID, parse.diagnostics().stream().map(Diagnostic::format)
                    .toList());
        }
        checkValid(parse.receiver().get()); // the editor's rules: an import is no way around them
        return parse.receiver().get();
    }

    /** Writes the receiver called {@code name} to {@code target} as an {@code easeback-receiver/1} file. */
    public StoredReceiver export(String name, Path target) throws IOException, ReceiverStoreException {
        StoredReceiver receiver = find(name).orElseThrow(() -> new ReceiverStoreException(NOT_FOUND,
                "There is no receiver named \"" + name + "\". Run 'easeback receivers list' to see their names."));
        files.writeWithoutBackup(target, writer.write(receiver.receiver()));
        return receiver;
    }

    private interface Locked<T> {
        T run() throws IOException, ReceiverStoreException;
    }

    /** Runs under the write lock, letting a refusal through the lock's IOException-only signature. */
    private <T> T locked(Locked<T> action) throws IOException, ReceiverStoreException {
        try {
            return lock.holding(() -> {
                try {
                    return action.run();
                } catch (ReceiverStoreException e) {
                    throw new Refused(e);
                }
            });
        } catch (Refused r) {
            throw r.refusal;
        }
    }

    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient ReceiverStoreException refusal;

        Refused(ReceiverStoreException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
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
        return new StoredReceiver(receiver, file, revision(bytes));
    }

    /** Moves a receiver's file to its backup name, so a deletion or a rename can still be undone by hand. */
    private static void retire(Path file) throws IOException {
        Files.move(file, AtomicFileWriter.backupOf(file), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
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

    /** A file in the receivers folder for {@code name} that no receiver uses: slug.json, slug-2.json, … */
    private Path freeFile(String name) throws IOException {
        Files.createDirectories(folder);
        String slug = ReceiverSlug.of(name);
        Path file = folder.resolve(slug + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(slug + "-" + n + ".json");
        }
        return file;
    }

    private static boolean hasErrors(ReceiverParse parse) {
        return parse.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String revision(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
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
                    revision(text.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
