package org.accidenthub.hub.compensation.standards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.StandardItem;
import org.accidenthub.hub.compensation.BodyChecks;

/**
 * The body of {@code PUT /api/v1/regional-standards/{province}/{year}}: every figure of that
 * province and year. Open-ended: any UPPER_SNAKE item may be given (the calculator uses the ones
 * listed in docs/COMPENSATION.md; more items need no code change).
 *
 * @param items item code → amount, a decimal string with two places
 */
public record RegionalStandardsBody(Map<String, String> items) {

    /** The figures, every problem recorded with its pointer ({@code /items/<code>}). */
    List<StandardFigure> figures(ProvinceCode province, int year, BodyChecks checks) {
        List<StandardFigure> figures = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            checks.add("/items", "REQUIRED", "give at least one item, e.g. \"URBAN_DISPOSABLE_INCOME_PER_CAPITA\": \"41000.00\"");
            return figures;
        }
        items.forEach((code, text) -> {
            String at = "/items/" + code.replace("~", "~0").replace("/", "~1");
            if (!StandardItem.isValid(code)) {
                checks.add(at, "ITEM_INVALID", "an item is an UPPER_SNAKE code such as AVERAGE_EMPLOYEE_WAGE: " + code);
            }
            BigDecimal amount = checks.amount(at, text);
            if (StandardItem.isValid(code) && amount != null) {
                figures.add(new StandardFigure(province, year, new StandardItem(code), amount));
            }
        });
        return figures;
    }
}
