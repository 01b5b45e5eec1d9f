package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.easeback.ui.kit.AppScreen;

class ScreenHostTest {

    private final List<String> events = new ArrayList<>();

    private AppScreen screen(String name) {
        Pane root = new Pane();
        return new AppScreen() {
            @Override
            public Node root() {
                return root;
            }

            @Override
            public void onShow() {
                events.add("show " + name);
            }

            @Override
            public void onHide() {
                events.add("hide " + name);
            }
        };
    }

    @Test
    void showingAScreenHidesThePreviousOneFirstAndHoldsOnlyTheNewOne() {
        ScreenHost host = new ScreenHost();
        AppScreen a = screen("a");
        AppScreen b = screen("b");
        host.show(a);
        host.show(b);
        assertThat(events).containsExactly("show a", "hide a", "show b");
        assertThat(host.root().getChildren()).containsExactly(b.root());
        assertThat(host.current()).isSameAs(b);
    }

    @Test
    void leavingSettingsReturnsToTheScreenThatWasShowing() {
        ScreenHost host = new ScreenHost();
        AppScreen player = screen("player");
        Runnable[] back = new Runnable[1];
        host.setSettingsFactory(goBack -> {
            back[0] = goBack;
            return screen("settings");
        });
        host.show(player);
        host.showSettings();
        assertThat(host.current()).isNotSameAs(player);
        back[0].run();
        assertThat(host.current()).isSameAs(player);
        assertThat(events).containsExactly("show player", "hide player", "show settings", "hide settings",
                "show player");
    }

    @Test
    void theLibraryIsMadeAfreshEachTimeItIsShown() {
        ScreenHost host = new ScreenHost();
        int[] made = {0};
        host.setLibraryFactory(() -> {
            made[0]++;
            return screen("library");
        });
        host.showLibrary();
        host.showLibrary();
        assertThat(made[0]).isEqualTo(2);
    }
}
