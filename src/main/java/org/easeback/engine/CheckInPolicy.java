package org.easeback.engine;

import java.util.ArrayList;
import java.util.List;
import org.easeback.safety.SafetyAdvice;

/**
 * Inserts the check-ins the safety rules require, marked {@code inserted}:
 * <ul>
 *   <li>the first minute of hands-on work ends with a check-in (no more than 60 s of it before the first one);</li>
 *   <li>never more than {@code checkInEverySeconds} of hands-on time (techniques and sore-spot holds) without one;
 *       a check-in written in the routine resets the count; a check-in goes in just before the hands-on entry
 *       that would go over, and an entry longer than the limit is split into parts titled "(continued)";</li>
 *   <li>the session ends with one ("How does your back feel now?"), right after the last hands-on entry, unless a
 *       check-in already follows it;</li>
 *   <li>consecutive check-ins are merged into one, keeping the routine's own prompt.</li>
 * </ul>
 */
public final class CheckInPolicy {

    /** The first minute of hands-on work ends with a check-in. */
    public static final int FIRST_CHECK_IN_SECONDS = 60;
    /** The question of every inserted check-in ({@link SafetyAdvice#CHECK_IN_QUESTION}). */
    public static final String PRESSURE_PROMPT = SafetyAdvice.CHECK_IN_QUESTION;
    /** The question of the closing check-in ({@link SafetyAdvice#FINAL_CHECK_IN_QUESTION}). */
    public static final String FINAL_PROMPT = SafetyAdvice.FINAL_CHECK_IN_QUESTION;
    private static final List<String> INSTRUCTIONS = SafetyAdvice.CHECK_IN_INSTRUCTIONS;

    private CheckInPolicy() {
    }

    /** An inserted check-in asking about the pressure. */
    public static PlanEntry pressureCheckIn() {
        return PlanEntry.checkIn(PRESSURE_PROMPT, INSTRUCTIONS, true);
    }

    /** The inserted check-in that ends a session. */
    public static PlanEntry finalCheckIn() {
        return PlanEntry.checkIn(FINAL_PROMPT, INSTRUCTIONS, true);
    }

    /** The instructions a check-in entry carries. */
    public static List<String> instructions() {
        return INSTRUCTIONS;
    }

    /** The entries with check-ins inserted; indexes and offsets are left for the plan to renumber. */
    public static List<PlanEntry> apply(List<PlanEntry> entries, int checkInEverySeconds) {
        if (checkInEverySeconds < 1) {
            throw new IllegalArgumentException("The check-in interval must be at least 1 second.");
        }
        List<PlanEntry> out = new ArrayList<>(entries.size() + 8);
        int handsOnSince = 0;
        boolean hadCheckIn = false;
        int lastHandsOn = -1;
        for (PlanEntry e : entries) {
            if (e.checkIn()) {
                out.add(e);
                // A check-in before any hands-on work (a routine that opens with one) leaves the first minute due.
                hadCheckIn |= lastHandsOn >= 0;
                handsOnSince = 0;
                continue;
            }
            if (!org.easeback.engine.HandsOnBudget.counts(e)) {
                out.add(e);
                continue;
            }
            int budget = hadCheckIn ? checkInEverySeconds : Math.min(FIRST_CHECK_IN_SECONDS, checkInEverySeconds);
            int seconds = e.seconds().getAsInt();
            if (handsOnSince > 0 && handsOnSince + seconds > budget) {
                out.add(pressureCheckIn());
                handsOnSince = 0;
                hadCheckIn = true;
                budget = checkInEverySeconds;
            }
            PlanEntry part = e;
            while (seconds > budget) {
                out.add(part.withSeconds(budget));
                out.add(pressureCheckIn());
                hadCheckIn = true;
                seconds -= budget;
                budget = checkInEverySeconds;
                part = e.withTitle(e.title() + " (continued)").withSecondSide(false);
            }
            out.add(part.withSeconds(seconds));
            lastHandsOn = out.size() - 1;
            handsOnSince += seconds;
        }
        if (handsOnSince > 0) {
            out.add(lastHandsOn + 1, finalCheckIn());
        }
        return merged(out);
    }

    private static List<PlanEntry> merged(List<PlanEntry> entries) {
        List<PlanEntry> out = new ArrayList<>(entries.size());
        for (PlanEntry e : entries) {
            int last = out.size() - 1;
            if (e.checkIn() && last >= 0 && out.get(last).checkIn()) {
                PlanEntry previous = out.get(last);
                // Keep the routine's own words; of two inserted ones, the closing question wins.
                boolean keepNew = previous.inserted() && (!e.inserted() || e.title().equals(FINAL_PROMPT));
                if (keepNew) {
                    out.set(last, e);
                }
                continue;
            }
            out.add(e);
        }
        return out;
    }
}
