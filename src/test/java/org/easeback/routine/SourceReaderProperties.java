package org.easeback.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** No content, however hostile, makes the loaders throw: they give a routine or at least one diagnostic. */
class SourceReaderProperties {

    private static final RoutineLoader LOADER = new RoutineLoader(BundledFilesValidateTest.catalog());
    private static final byte[] VALID = read("src/test/resources/valid/every-kind.json");

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRoutineOrDiagnostics(byte[] bytes) {
        LoadResult<Routine> result = LOADER.load(bytes, Path.of("random.json"));
        if (result.valid()) {
            assertThat(result.value()).isPresent();
        } else {
            assertThat(result.diagnostics()).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.line()).isPositive())
                    .allSatisfy(d -> assertThat(d.column()).isPositive());
        }
    }

    @Property(tries = 300)
    void randomBytesNeverThrow(@ForAll @Size(max = 400) byte[] bytes) {
        assertRoutineOrDiagnostics(bytes);
    }

    @Property(tries = 300)
    void mutatedRoutineNeverThrows(@ForAll("mutations") byte[] bytes) {
        assertRoutineOrDiagnostics(bytes);
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length - 1);
        Arbitrary<Byte> replacement = Arbitraries.of((byte) '{', (byte) '}', (byte) '[', (byte) ']', (byte) ',',
                (byte) '"', (byte) ':', (byte) '\\', (byte) 0xC3, (byte) 0xFF, (byte) '0', (byte) ' ', (byte) '/');
        return Arbitraries.integers().between(1, 4).flatMap(n -> position.list().ofSize(n).flatMap(positions ->
                replacement.list().ofSize(n).map(bytes -> {
                    byte[] copy = VALID.clone();
                    for (int i = 0; i < n; i++) {
                        copy[positions.get(i)] = bytes.get(i);
                    }
                    return copy;
                })));
    }
}
