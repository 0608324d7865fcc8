package org.transferhub.kernel.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The region's token signing key pair (RSA 2048), kept as PEM files in the key directory.
 *
 * <p>The first WAR of a region that needs the keys creates them under a file lock, so the hub and
 * every plugin of an instance, started in any order, end up with the same pair. Instances of a
 * cluster on other machines get the same files from the operator (a secrets directory).
 */
public final class RegionKeys {

    static final String PRIVATE_FILE = "signing-key.pem";
    static final String PUBLIC_FILE = "signing-key.pub.pem";
    private static final Map<Path, RegionKeys> LOADED = new ConcurrentHashMap<>();

    private final String publicKeyPem;
    private final PrivateKey privateKey;

    private RegionKeys(String publicKeyPem, PrivateKey privateKey) {
        this.publicKeyPem = publicKeyPem;
        this.privateKey = privateKey;
    }

    /** The key pair in {@code directory}, created there if it has none. */
    public static RegionKeys at(Path directory) {
        return LOADED.computeIfAbsent(directory.toAbsolutePath().normalize(), RegionKeys::loadOrCreate);
    }

    public String publicKeyPem() {
        return publicKeyPem;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    private static RegionKeys loadOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
            try (FileChannel lock = FileChannel.open(
                            dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    var ignored = lock.lock()) {
                Path priv = dir.resolve(PRIVATE_FILE);
                Path pub = dir.resolve(PUBLIC_FILE);
                if (!Files.exists(priv) || !Files.exists(pub)) {
                    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
                    gen.initialize(2048);
                    KeyPair pair = gen.generateKeyPair();
                    writeAtomically(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                    writeAtomically(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                }
                String publicPem = Files.readString(pub, StandardCharsets.US_ASCII);
                byte[] der =
                        Base64.getMimeDecoder().decode(stripPem(Files.readString(priv, StandardCharsets.US_ASCII)));
                PrivateKey key =
                        KeyFactory.getInstance("RSA").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der));
                return new RegionKeys(publicPem, key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the region signing keys in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The region signing key in " + dir + " is not an RSA PKCS#8 PEM key", e);
        }
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static String stripPem(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
