package it.determina;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.determina.family.FamilyRegistry;
import it.determina.model.CanonicalStandard;
import it.determina.model.ErrorCode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed acts: a CAdES envelope made here with BouncyCastle, valid, tampered and broken. */
class SignedEnvelopeTest {

    private static final Path SAMPLE = Path.of("samples/det_campania_DD412_allegati-1-2.pdf");
    private final Pipeline pipeline = new Pipeline(FamilyRegistry.standard());

    @TempDir
    Path tmp;

    private byte[] envelope;
    private CMSSignedDataGenerator cms;

    @BeforeEach
    void signTheSample() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=Dirigente di prova, O=Regione Campania, C=IT");
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        X509CertificateHolder cert = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE,
                new Date(System.currentTimeMillis() - 86_400_000L), new Date(System.currentTimeMillis() + 86_400_000L),
                subject, keys.getPublic()).build(signer);
        cms = new CMSSignedDataGenerator();
        cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()), cert));
        Store<X509CertificateHolder> certs = new JcaCertStore(List.of(new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(cert)));
        cms.addCertificates(certs);
        envelope = cms.generate(new CMSProcessableByteArray(Files.readAllBytes(SAMPLE)), true).getEncoded();
    }

    @Test
    void readsTheSignedActAndRecordsTheSignature() throws Exception {
        Path p7m = Files.write(tmp.resolve("DD412.pdf.p7m"), envelope);

        List<CanonicalStandard> standards = pipeline.ingest(p7m);

        assertThat(standards).hasSize(2);
        assertThat(standards.get(0).source().file()).isEqualTo("DD412.pdf.p7m");
        assertThat(standards.get(0).source().signature()).satisfies(s -> {
            assertThat(s.verified()).isTrue();
            assertThat(s.signer()).isEqualTo("Dirigente di prova");
            assertThat(s.signingTime()).isNotBlank();
        });
        assertThat(standards.get(1).flags()).hasSize(5);
    }

    @Test
    void refusesATamperedEnvelope() throws Exception {
        byte[] tampered = envelope.clone();
        int pdfStart = indexOf(tampered, "%PDF".getBytes(StandardCharsets.US_ASCII));
        tampered[pdfStart + 5000] ^= 0x20;
        Path p7m = Files.write(tmp.resolve("tampered.pdf.p7m"), tampered);

        assertThatThrownBy(() -> pipeline.ingest(p7m)).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID));
    }

    @Test
    void refusesABrokenEnvelope() throws Exception {
        Path p7m = Files.write(tmp.resolve("broken.pdf.p7m"), java.util.Arrays.copyOf(envelope, 300));

        assertThatThrownBy(() -> pipeline.ingest(p7m)).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.P7M_CORRUPT));
    }

    @Test
    void refusesAnEnvelopeWithoutTheDocument() throws Exception {
        byte[] detached = cms.generate(new CMSProcessableByteArray(Files.readAllBytes(SAMPLE)), false).getEncoded();
        Path p7m = Files.write(tmp.resolve("detached.pdf.p7m"), detached);

        assertThatThrownBy(() -> pipeline.ingest(p7m)).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.P7M_NO_CONTENT));
    }

    @Test
    void recordsTheSignatureOfAPdfSignedInside() throws Exception {
        Path signedPdf = tmp.resolve("pades.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(SAMPLE.toFile());
             java.io.OutputStream out = Files.newOutputStream(signedPdf)) {
            org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature sig =
                    new org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature();
            sig.setFilter(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            sig.setSignDate(java.util.Calendar.getInstance());
            doc.addSignature(sig, content -> {
                try {
                    return cms.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                } catch (org.bouncycastle.cms.CMSException e) {
                    throw new java.io.IOException(e);
                }
            });
            doc.saveIncremental(out);
        }

        List<CanonicalStandard> standards = pipeline.ingest(signedPdf);

        assertThat(standards.get(0).source().signature()).satisfies(s -> {
            assertThat(s.format()).isEqualTo("PAdES");
            assertThat(s.verified()).isTrue();
            assertThat(s.signer()).isEqualTo("Dirigente di prova");
        });
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (data[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no PDF inside the envelope");
    }
}
