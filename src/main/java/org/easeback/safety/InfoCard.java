package org.easeback.safety;

/**
 * The library's card for a professional-only technique: what it is, and why a trained professional should do it.
 *
 * @param title         the technique's name
 * @param whatItIs      what the technique is, in the article's words
 * @param whyProfessional why it is never guided at home, in the article's words
 */
public record InfoCard(String title, String whatItIs, String whyProfessional) {

    /** The card as one paragraph. */
    public String text() {
        return whatItIs + " " + whyProfessional;
    }
}
