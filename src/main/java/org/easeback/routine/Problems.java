package org.easeback.routine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one file, so a loader can keep going after the first problem. */
public final class Problems {

    private final Path file;
    private final List<Diagnostic> list = new ArrayList<>();

    public Problems(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void error(SourcePosition at, String message) {
        list.add(Diagnostic.error(file, at.line(), at.column(), message));
    }

    void warning(SourcePosition at, String message) {
        list.add(new Diagnostic(file, at.line(), at.column(), Diagnostic.Severity.WARNING, message));
    }

    public void addAll(List<Diagnostic> diagnostics) {
        list.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** In file order, so a trainer can fix them top to bottom. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(copy);
    }
}
