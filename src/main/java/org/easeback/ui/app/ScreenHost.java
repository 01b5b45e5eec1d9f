package org.easeback.ui.app;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.AppScreen;

/**
 * The window's root: holds exactly one {@link AppScreen} at a time and runs its lifecycle.
 * The library and settings screens are built by factories so that the host does not depend on their packages.
 */
public final class ScreenHost implements AppNavigator {

    private final StackPane root = new StackPane();
    private Supplier<AppScreen> library = () -> AppScreen.of(new StackPane());
    private Function<Runnable, AppScreen> settings = back -> AppScreen.of(new StackPane());
    private AppScreen current;

    public ScreenHost() {
        root.getStyleClass().add("screen-host");
    }

    /** Sets how the library screen is made (called each time the library is shown, so it reloads). */
    public void setLibraryFactory(Supplier<AppScreen> library) {
        this.library = Objects.requireNonNull(library);
    }

    /** Sets how the settings screen is made; its argument returns to the previous screen. */
    public void setSettingsFactory(Function<Runnable, AppScreen> settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /** The node to use as the scene's root. */
    public StackPane root() {
        return root;
    }

    /** The screen now showing, or null before the first {@link #show}. */
    public AppScreen current() {
        return current;
    }

    @Override
    public void show(AppScreen screen) {
        Objects.requireNonNull(screen);
        if (current != null) {
            current.onHide();
        }
        current = screen;
        root.getChildren().setAll(screen.root());
        screen.onShow();
        focus(screen.root(), screen.initialFocus());
    }

    @Override
    public void showLibrary() {
        show(library.get());
    }

    @Override
    public void showSettings() {
        AppScreen previous = current;
        show(settings.apply(() -> {
            if (previous != null) {
                show(previous);
            } else {
                showLibrary();
            }
        }));
    }

    /**
     * Skins are made during the CSS pass, and the content of a ScrollPane only joins the scene once its skin
     * exists; apply CSS first so that a node inside one can take focus now.
     */
    static void focus(Node screenRoot, Node node) {
        screenRoot.applyCss();
        node.requestFocus();
    }
}
