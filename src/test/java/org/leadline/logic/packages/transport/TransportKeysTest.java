package org.leadline.logic.packages.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

class TransportKeysTest {
    @Test
    void aKeyPairIsTwoRawX25519KeysAndThePrivateHalfGivesBackThePublicOne() {
        TransportKeys.Pair keys = TransportKeys.generate();

        assertThat(keys.privateKey()).hasSize(32);
        assertThat(keys.publicKey()).hasSize(32);
        assertThat(TransportKeys.publicKeyOf(keys.privateKey())).isEqualTo(keys.publicKey());
        assertThat(TransportKeys.generate().publicKey()).isNotEqualTo(keys.publicKey());
        assertThat(keys.toString()).doesNotContain(TransportKeys.toBase64(keys.privateKey()));
    }

    @Test
    void aPublicKeyTravelsAsBase64() {
        byte[] publicKey = TransportKeys.generate().publicKey();

        assertThat(TransportKeys.publicKeyFromBase64(TransportKeys.toBase64(publicKey))).isEqualTo(publicKey);
        assertThatThrownBy(() -> TransportKeys.publicKeyFromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransportKeys.publicKeyFromBase64(TransportKeys.toBase64(new byte[33])))
                .hasMessage("An encryption key is 32 bytes (X25519); this one is 33 bytes.");
    }

    @Test
    void whatOneKeyEncryptsOnlyItsPrivateHalfDecrypts() throws Exception {
        TransportKeys.Pair keys = TransportKeys.generate();
        byte[] info = "context".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = TransportKeys.encrypter(keys.publicKey()).encrypt(new byte[32], info);

        assertThat(TransportKeys.decrypter(keys.privateKey()).decrypt(sealed, info)).isEqualTo(new byte[32]);
        assertThatThrownBy(() -> TransportKeys.decrypter(TransportKeys.generate().privateKey()).decrypt(sealed, info))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> TransportKeys.decrypter(keys.privateKey()).decrypt(sealed, new byte[0]))
                .isInstanceOf(GeneralSecurityException.class);
    }
}
