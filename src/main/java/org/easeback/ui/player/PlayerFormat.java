package org.easeback.ui.player;

import java.util.Locale;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;

/** The player's wording for times, sides and pressures, kept in one place so every screen says the same. */
public final class PlayerFormat {

    private PlayerFormat() {
    }

    /** Seconds as m:ss, rounded up so "0:01" shows until the very end; negative counts as zero. */
    public static String clock(double seconds) {
        long s = (long) Math.ceil(Math.max(0, seconds) - 1e-9);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A duration in words, e.g. "12 min 5 s". */
    public static String duration(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s < 60) {
            return s + " s";
        }
        return s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + s % 60 + " s";
    }

    /** "LEFT", "RIGHT" or "BOTH"; "EACH" never reaches the player (the plan splits it). */
    public static String side(Side side) {
        return side == null ? "" : side.jsonName().toUpperCase(Locale.ROOT);
    }

    /** "Moderate". */
    public static String pressureName(Pressure p) {
        String n = p.jsonName();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** "≈ 5–6 of 10". */
    public static String pressureScale(Pressure p) {
        return "≈ " + p.scale() + " of 10";
    }

}
