package org.accidenthub.hub.testsupport;

import java.util.Optional;
import org.accidenthub.hub.privacy.DataKeys;
import org.accidenthub.hub.privacy.FieldCipher;
import org.eclipse.microprofile.config.ConfigProvider;

/** Opens what the hub stored sealed (payloads, files, records read straight from the database), with the test keys. */
public final class Sealed {

    private Sealed() {
    }

    public static byte[] open(byte[] sealed) {
        return cipher().open(sealed);
    }

    /** A cipher with the hub's test keys (%test profile), as the hub has it. */
    public static FieldCipher cipher() {
        var config = ConfigProvider.getConfig();
        return new FieldCipher(DataKeys.parse(config.getOptionalValue("hub.privacy.keys", String.class),
                config.getOptionalValue("hub.privacy.active-key", String.class)));
    }

    /** A cipher with the test keys but another active key: to write what an older hub would have written. */
    public static FieldCipher cipherWithActiveKey(String keyId) {
        var config = ConfigProvider.getConfig();
        return new FieldCipher(DataKeys.parse(config.getOptionalValue("hub.privacy.keys", String.class),
                Optional.of(keyId)));
    }
}
