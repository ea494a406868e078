package org.accidenthub.hub.confirmation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The courts the hub files to, by court code (the {@code org_code} of their judges' tokens). Judges
 * are listed by Keycloak user name; an application is assigned to one of them at random.
 */
@ConfigMapping(prefix = "hub.courts")
public interface Courts {

    /** Court code → its details ({@code hub.courts."411702".name=…}). */
    @WithParentName
    Map<String, Court> courts();

    default Optional<Court> court(String code) {
        return Optional.ofNullable(courts().get(code));
    }

    interface Court {
        /** The name documents print, e.g. 驻马店市驿城区人民法院. */
        String name();

        /** User names of the court's judges who take judicial-confirmation applications. */
        List<String> judges();

        /**
         * The court's case numbers for special procedure (民特), with {year} and {number}, e.g.
         * {@code ({year})豫1702民特{number}号} (SPC rules on court case numbers: 年度 + 法院代字 + 类型代字 + 顺序号).
         */
        String specialProcedureNumber();

        /** The court's first-instance (民初) case numbers, which a speed trial takes, e.g. {@code ({year})豫1702民初{number}号}. */
        String firstInstanceNumber();
    }
}
