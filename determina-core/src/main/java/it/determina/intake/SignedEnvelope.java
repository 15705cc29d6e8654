package it.determina.intake;

import it.determina.model.ErrorCode;
import it.determina.model.Signature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;
import org.jspecify.annotations.Nullable;

/**
 * Opens a CAdES envelope ({@code NAME.pdf.p7m}, DER or Base64) with BouncyCastle: the signed content
 * is written to a temporary file and every signature is checked against the certificate it carries.
 * The caller deletes the temporary file.
 */
public final class SignedEnvelope {

    /** The unwrapped content and what the signature says. */
    public record Opened(Path content, Signature signature) {
    }

    /** Why an envelope cannot be used: {@code code} is P7M_CORRUPT, P7M_NO_CONTENT or SIGNATURE_INVALID. */
    public static final class EnvelopeException extends Exception implements ErrorCode.Coded {
        private final ErrorCode code;

        EnvelopeException(ErrorCode code, String message, @Nullable Throwable cause) {
            super(message, cause);
            this.code = code;
        }

        @Override
        public ErrorCode code() {
            return code;
        }
    }

    private SignedEnvelope() {
    }

    /** True for a name ending in .p7m or a media type of PKCS#7. */
    public static boolean isEnvelope(String fileName, String mediaType) {
        return fileName.toLowerCase().endsWith(".p7m") || mediaType.contains("pkcs7");
    }

    public static Opened open(Path file) throws IOException, EnvelopeException {
        CMSSignedData signed = parse(Files.readAllBytes(file), file.getFileName().toString());
        if (signed.getSignedContent() == null) {
            throw new EnvelopeException(ErrorCode.P7M_NO_CONTENT, file.getFileName() + ": the envelope holds no document (detached signature)", null);
        }
        Signature signature = describe(signed, "CAdES");
        if (!signature.verified()) {
            throw new EnvelopeException(ErrorCode.SIGNATURE_INVALID, file.getFileName()
                    + ": the signature does not match the content or its certificate (tampered?)", null);
        }
        Path content = Files.createTempFile("determina-p7m-", ".pdf");
        Files.write(content, (byte[]) signed.getSignedContent().getContent());
        return new Opened(content, signature);
    }

    private static CMSSignedData parse(byte[] bytes, String name) throws EnvelopeException {
        try {
            return new CMSSignedData(bytes);
        } catch (CMSException | RuntimeException der) {
            try {
                String text = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)
                        .replaceAll("-----[A-Z0-9 ]+-----", "").replaceAll("\\s+", "");
                return new CMSSignedData(Base64.getDecoder().decode(text));
            } catch (CMSException | RuntimeException base64) {
                throw new EnvelopeException(ErrorCode.P7M_CORRUPT, name + ": not a readable CAdES envelope (" + der.getMessage() + ")", der);
            }
        }
    }

    /**
     * The signature of a PDF signed inside (PAdES): {@code contents} is the CMS of the signature
     * dictionary, {@code signedBytes} the byte ranges it covers. Null when the CMS cannot be read.
     */
    public static @Nullable Signature describeDetached(byte[] contents, byte[] signedBytes) {
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            // the /Contents string is padded with zeros after the DER object: read just the object
            org.bouncycastle.asn1.cms.ContentInfo info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
            return describe(new CMSSignedData(new org.bouncycastle.cms.CMSProcessableByteArray(signedBytes), info), "PAdES");
        } catch (CMSException | IOException | RuntimeException e) {
            return new Signature("PAdES", null, null, false);
        }
    }

    /** Who signed, when, and whether every signer verifies against the certificate it carries. */
    static Signature describe(CMSSignedData signed, String format) {
        Store<X509CertificateHolder> certificates = signed.getCertificates();
        String signer = null;
        String time = null;
        boolean verified = !signed.getSignerInfos().getSigners().isEmpty();
        for (SignerInformation info : signed.getSignerInfos().getSigners()) {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = certificates.getMatches(info.getSID());
            if (matches.isEmpty()) {
                verified = false;
                continue;
            }
            X509CertificateHolder cert = matches.iterator().next();
            try {
                verified &= info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
                verified = false;
            }
            signer = signer == null ? commonName(cert) : signer;
            time = time == null ? signingTime(info) : time;
        }
        return new Signature(format, signer, time, verified);
    }

    private static @Nullable String commonName(X509CertificateHolder cert) {
        RDN[] cn = cert.getSubject().getRDNs(BCStyle.CN);
        return cn.length == 0 ? cert.getSubject().toString() : cn[0].getFirst().getValue().toString();
    }

    private static @Nullable String signingTime(SignerInformation info) {
        if (info.getSignedAttributes() == null) {
            return null;
        }
        Attribute attr = info.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attr == null || attr.getAttrValues().size() == 0) {
            return null;
        }
        ASN1Encodable value = attr.getAttrValues().getObjectAt(0);
        Instant when = Time.getInstance(value).getDate().toInstant();
        return when.toString();
    }
}
