package org.easeback.ui.library;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.easeback.ui.kit.Icons;
import org.easeback.ui.library.LibraryCard.BrokenCard;
import org.easeback.ui.library.LibraryCard.RoutineCard;
import org.easeback.ui.library.LibraryCard.TechniqueCard;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Draws one library card; the node is rebuilt per item because the kinds differ in layout. */
final class LibraryCardCell extends ListCell<LibraryCard> {

    private final LibraryViewModel model;

    LibraryCardCell(LibraryViewModel model) {
        this.model = model;
        getStyleClass().add("card-cell");
        setPrefWidth(0); // let wrapped text follow the list's width instead of widening it
    }

    @Override
    protected void updateItem(LibraryCard card, boolean empty) {
        super.updateItem(card, empty);
        setText(null);
        setGraphic(empty || card == null ? null : cardNode(card));
    }

    private Node cardNode(LibraryCard card) {
        VBox box = new VBox();
        box.getStyleClass().add("card");
        Label title = label(card.title(), "card-title");
        if (card instanceof RoutineCard r) {
            box.getStyleClass().add("routine-card");
            HBox facts = new HBox();
            if (!r.ownerLabel().isEmpty()) {
                box.getStyleClass().add("user-card");
                facts.getChildren().add(fact(Material2MZ.PERSON, r.ownerLabel(), "owner-badge"));
            }
            facts.getChildren().addAll(
                    fact(Material2MZ.PEOPLE, r.audienceLabel(), "fact-audience"),
                    fact(Material2MZ.TIMER, r.durationLabel(), "fact-duration"),
                    fact(Material2AL.HOME, r.levelLabel(), "fact-level"));
            facts.getStyleClass().add("card-facts");
            box.getChildren().addAll(title, facts);
            r.routine().summary().ifPresent(s -> box.getChildren().add(label(s, "card-summary")));
            box.getChildren().add(fact(Material2AL.BACKPACK, r.equipmentLabel(), "card-equipment"));
        } else if (card instanceof BrokenCard b && b.isUsers()) {
            userBroken(box, title, b);
        } else if (card instanceof BrokenCard b) {
            box.getStyleClass().add("broken-card");
            Icons.on(title, Material2AL.ERROR_OUTLINE);
            box.getChildren().addAll(title, label("This file has problems and was not loaded. "
                    + "Fix them and reopen the library:", "card-summary"));
            for (String line : b.diagnosticLines()) {
                box.getChildren().add(label(line, "diagnostic"));
            }
        } else if (card instanceof TechniqueCard t) {
            box.getStyleClass().add("technique-card");
            Label badge = label("Professional only — information, not guided", "badge");
            box.getChildren().addAll(badge, title,
                    label("What it is: " + t.whatItIs(), "card-summary"),
                    label("Why a professional: " + t.whyProfessional(), "card-summary"));
        }
        return box;
    }

    /** The user's own broken file: plain sentences, where it is, and the way into the studio. */
    private void userBroken(VBox box, Label title, BrokenCard b) {
        box.getStyleClass().addAll("broken-card", "user-broken-card");
        Icons.on(title, Material2AL.ERROR_OUTLINE);
        box.getChildren().addAll(title, label(b.advice(model.studioAvailable()), "card-summary"));
        for (String problem : b.firstProblems()) {
            box.getChildren().add(label(problem, "problem"));
        }
        if (b.moreProblems() > 0) {
            box.getChildren().add(label("…and " + b.moreProblems() + (b.moreProblems() == 1 ? " more problem."
                    : " more problems."), "problem-more"));
        }
        box.getChildren().add(label(b.broken().file().toString(), "card-path"));
        if (model.canEdit(b)) {
            Button open = Icons.on(new Button("Open in studio"), Material2AL.EDIT);
            open.setMnemonicParsing(false);
            open.getStyleClass().add("open-in-studio");
            open.setTooltip(new Tooltip("Enter or Ctrl+E on the card"));
            open.setFocusTraversable(false); // the card itself takes Enter; the button is for the mouse
            open.setOnAction(e -> model.edit(b));
            box.getChildren().add(open);
        }
    }

    private static Label fact(Ikon icon, String text, String styleClass) {
        Label l = Icons.on(label(text, styleClass), icon);
        l.getStyleClass().add("fact");
        return l;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
