package org.easeback.ui.player;

import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The player's keys, caught by one filter on the scene so they mean the same wherever focus is: P stops for pain
 * on every player screen; Space, →, ←, E and Esc drive the session; 1–4 answer a check-in; ↑/↓ and Page Up/Page
 * Down scroll long text; Enter, Space or Esc leave the summary. Under a panel such as About, only P acts.
 */
final class PlayerKeys {

    private final PlayerViewModel vm;
    private final Runnable onClose;
    private final TextScroller step;
    private final TextScroller summary;
    private final Supplier<Boolean> showing;
    private final Supplier<Boolean> covered;

    /**
     * @param showing whether the player is in the window
     * @param covered whether a panel (About) lies over it: then only P acts, and every other key is the panel's
     */
    PlayerKeys(PlayerViewModel vm, Runnable onClose, TextScroller step, TextScroller summary,
               Supplier<Boolean> showing, Supplier<Boolean> covered) {
        this.vm = vm;
        this.onClose = onClose;
        this.step = step;
        this.summary = summary;
        this.showing = showing;
        this.covered = covered;
    }

    void onKey(KeyEvent e) {
        if (!showing.get()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.P) {
            vm.painStop(); // the pain key is never swallowed, not even by a panel over the player
            e.consume();
            return;
        }
        if (covered.get()) {
            return;
        }
        switch (vm.phaseProperty().get()) {
            case SAFETY_STOP -> {
                if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
                    vm.showSummary();
                    e.consume();
                }
            }
            case SUMMARY -> {
                if (scroll(summary, code)) {
                    e.consume();
                } else if (code == KeyCode.ENTER || code == KeyCode.SPACE || code == KeyCode.ESCAPE) {
                    e.consume();
                    onClose.run();
                }
            }
            case SESSION -> onSessionKey(code, e);
        }
    }

    private void onSessionKey(KeyCode code, KeyEvent e) {
        if (vm.confirmStopShowingProperty().get()) {
            if (code == KeyCode.ENTER) {
                vm.confirmStop();
            } else if (code == KeyCode.ESCAPE) {
                vm.cancelStop();
            }
            e.consume();
            return;
        }
        int digit = digit(code);
        if (vm.checkInShowingProperty().get()) {
            if (digit >= 1 && digit <= 4) {
                vm.answerKey(digit);
            } else if (code == KeyCode.ESCAPE) {
                vm.requestStop();
            }
            e.consume();
            return;
        }
        if (scroll(step, code)) {
            e.consume();
            return;
        }
        switch (code) {
            case SPACE -> vm.primary();
            case RIGHT -> vm.next();
            case LEFT -> vm.back();
            case E -> vm.extend();
            case ESCAPE -> vm.requestStop();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static boolean scroll(TextScroller scroller, KeyCode code) {
        switch (code) {
            case DOWN -> scroller.lineDown();
            case UP -> scroller.lineUp();
            case PAGE_DOWN -> scroller.pageDown();
            case PAGE_UP -> scroller.pageUp();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            default -> 0;
        };
    }
}
