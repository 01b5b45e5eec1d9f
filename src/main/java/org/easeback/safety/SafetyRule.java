package org.easeback.safety;

/**
 * Every safety rule the app enforces, with the name it carries in logs, session records and {@code docs/safety.md}.
 */
public enum SafetyRule {
    SCREENING_DO_NOT_START("screening-do-not-start"),
    SCREENING_CAUTION("screening-caution"),
    PRESSURE_HOME_LIMIT("pressure-home-limit"),
    PRESSURE_CAUTION_CAP("pressure-caution-cap"),
    CHECK_IN_INTERVAL("check-in-interval"),
    CHECK_IN_WAITS("check-in-waits"),
    PAIN_STOP("pain-stop"),
    OIL_CARRIER_REQUIRED("oil-carrier-required"),
    OIL_SENSITIVITY("oil-sensitivity"),
    OIL_UNCONFIRMED("oil-unconfirmed"),
    OIL_DILUTION("oil-dilution"),
    TEXT_DIRECT_APPLICATION("text-direct-application"),
    SPINE_NO_PRESSURE("spine-no-pressure"),
    BONE_NO_PRESSURE("bone-no-pressure"),
    PROFESSIONAL_ONLY("professional-only"),
    PROFESSIONAL_IN_DISGUISE("professional-in-disguise"),
    CATALOG_SAFETY("catalog-safety");

    private final String ruleName;

    SafetyRule(String ruleName) {
        this.ruleName = ruleName;
    }

    /** The rule's name as it appears in logs, session records and the docs. */
    public String ruleName() {
        return ruleName;
    }
}
