package org.accidenthub.hub.compensation.standards;

import java.util.List;

/**
 * The answer to a standards file.
 *
 * @param figures       lines with a figure in the file
 * @param added         figures for items that had none
 * @param replaced      figures that replaced another value (the old one is kept as history)
 * @param unchanged     figures equal to the current value (nothing written: reloading a file is harmless)
 * @param provinceYears the province-years the file touched
 */
public record StandardsLoadReceipt(int figures, int added, int replaced, int unchanged,
        List<ProvinceYear> provinceYears) {

    public record ProvinceYear(String province, int statisticalYear) {
    }
}
