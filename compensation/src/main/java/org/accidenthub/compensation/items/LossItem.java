package org.accidenthub.compensation.items;

import org.accidenthub.compensation.Bucket;

/**
 * The items of a victim's loss, in the order they are listed, each with the compulsory
 * sub-limit it falls under and the rule it comes from. "SPC art. N" means the SPC interpretation
 * on personal-injury compensation cases (法释〔2003〕20号 as amended in 2022, 法释〔2022〕14号).
 */
public enum LossItem {
    MEDICAL(Bucket.MEDICAL, "medical expenses (医疗费)",
            "SPC art. 6: actual amount, from receipts"),
    FOLLOW_UP_TREATMENT(Bucket.MEDICAL, "follow-up treatment (后续治疗费)",
            "SPC art. 6 para. 2: cost certain to arise per medical opinion or appraisal"),
    HOSPITAL_MEALS(Bucket.MEDICAL, "hospital meal allowance (住院伙食补助费)",
            "SPC art. 10: local daily allowance × days in hospital"),
    NUTRITION(Bucket.MEDICAL, "nutrition (营养费)",
            "SPC art. 11: per medical opinion"),
    LOST_INCOME(Bucket.DEATH_DISABILITY, "lost income (误工费)",
            "SPC art. 7: daily income × days off"),
    NURSING(Bucket.DEATH_DISABILITY, "nursing (护理费)",
            "SPC art. 8: daily rate × days × carers"),
    TRANSPORT(Bucket.DEATH_DISABILITY, "transport (交通费)",
            "SPC art. 9: actual amount"),
    DISABILITY_COMPENSATION(Bucket.DEATH_DISABILITY, "disability compensation (残疾赔偿金)",
            "SPC art. 12: urban per-capita disposable income × years × disability coefficient"),
    DISABILITY_AIDS(Bucket.DEATH_DISABILITY, "disability aids (残疾辅助器具费)",
            "SPC art. 13: reasonable cost"),
    DEATH_COMPENSATION(Bucket.DEATH_DISABILITY, "death compensation (死亡赔偿金)",
            "SPC art. 15: urban per-capita disposable income × years"),
    FUNERAL(Bucket.DEATH_DISABILITY, "funeral expenses (丧葬费)",
            "SPC art. 14: average monthly employee wage × 6"),
    DEPENDANTS(Bucket.DEATH_DISABILITY, "dependants' living expenses (被扶养人生活费)",
            "SPC arts. 16-17: urban per-capita consumption × years ÷ supporters, counted into the"
                    + " disability or death compensation"),
    MENTAL_DISTRESS(Bucket.DEATH_DISABILITY, "mental distress (精神损害抚慰金)",
            "Civil Code art. 1183: amount set by the mediator or judge"),
    PROPERTY_LOSS(Bucket.PROPERTY, "property loss (财产损失)",
            "Civil Code art. 1184: actual loss at market price");

    private final Bucket bucket;
    private final String label;
    private final String rule;

    LossItem(Bucket bucket, String label, String rule) {
        this.bucket = bucket;
        this.label = label;
        this.rule = rule;
    }

    /** The compulsory sub-limit the item falls under. */
    public Bucket bucket() {
        return bucket;
    }

    /** English name with the Chinese legal term. */
    public String label() {
        return label;
    }

    /** The rule with its citation. */
    public String rule() {
        return rule;
    }
}
