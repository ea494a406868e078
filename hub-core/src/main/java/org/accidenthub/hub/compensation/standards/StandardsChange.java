package org.accidenthub.hub.compensation.standards;

/**
 * What a load did to the table.
 *
 * @param added     figures for items that had none
 * @param replaced  figures that replaced a different current value (the old one is retired)
 * @param unchanged figures equal to the current value: nothing written, so a reload is harmless
 * @param removed   current figures retired because a replacement of the whole province-year omitted them
 */
public record StandardsChange(int added, int replaced, int unchanged, int removed) {

    public StandardsChange plus(StandardsChange other) {
        return new StandardsChange(added + other.added, replaced + other.replaced, unchanged + other.unchanged,
                removed + other.removed);
    }
}
