package org.accidenthub.hub.compensation.standards;

import java.math.BigDecimal;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.StandardItem;

/** One figure to load: province, statistical year, item, amount. */
public record StandardFigure(ProvinceCode province, int year, StandardItem item, BigDecimal amount) {
}
