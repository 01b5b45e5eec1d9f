package org.easeback.ui.studio;

/**
 * One entry of the live plan beside the tree.
 *
 * @param index    the entry's place in the plan
 * @param at       when it starts, "12:30"
 * @param text     what it is: the entry's title, or "Check-in (added)" for one the safety rules inserted
 * @param length   "60 s", or "" for an entry that waits (check-ins, untimed steps)
 * @param inserted true for a check-in the rules added, which the routine does not name
 * @param checkIn  true for every check-in, written or inserted
 */
public record PlanRow(int index, String at, String text, String length, boolean inserted, boolean checkIn) {
}
