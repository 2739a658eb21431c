package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import kz.edufusion.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The certificate of a completed placement: a PDF in kk, ru and en whose QR code (decoded here with ZXing from the
 * rendered page) opens the public verification page, which works without login and shows what the certificate
 * states; an unknown code is a 404 page.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateTest {

    static final List<String> OUTCOMES = List.of("ON1", "ON2");

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Value("${edufusion.public-url}")
    String publicUrl;

    EvaluationFixtures.Placed placed;
    String code;

    @BeforeAll
    void completed() throws Exception {
        placed = new EvaluationFixtures(context)
                .active("Gaukhar Certified", OUTCOMES);
        for (String[] who : new String[][] {{placed.mentorEmail(), "MENTOR"}, {placed.tutorEmail(), "TUTOR"}}) {
            mvc.perform(post("/api/v1/placements/placements/{id}/evaluations", placed.id()).with(asEmail(who[0]))
                    .contentType(MediaType.APPLICATION_JSON).content(EvaluationFixtures.form(who[1], "FINAL", OUTCOMES, 5, 4)))
                    .andExpect(status().isCreated());
        }
        code = jdbc.sql("SELECT verification_code FROM placements.certificate WHERE placement_id = ?").param(placed.id())
                .query(String.class).single();
    }

    @Test
    void thePdfPrintsInEachLanguageAndItsQrCodeOpensTheVerificationPage() throws Exception {
        String url = publicUrl.replaceAll("/$", "") + "/verify/placements/" + code;
        for (String[] language : new String[][] {{"kk", "Практикадан өткені туралы сертификат", "Аяқталды, 87.50 %"},
                {"ru", "Сертификат о прохождении практики", "Завершена, 87.50 %"}, {"en", "Practice certificate", "Completed, 87.50 %"}}) {
            byte[] pdf = mvc.perform(get("/placements/placement/{id}/evaluation/certificate", placed.id()).param("language", language[0])
                            .with(asEmail(placed.studentEmail())))
                    .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                    .andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains(language[1], language[2], "Gaukhar Certified", "Kcell", code);
                assertThat(decodeQr(new PDFRenderer(document))).isEqualTo(url);
            }
        }
        mvc.perform(get("/api/v1/placements/placements/{id}/certificate", placed.id()).param("language", "en").with(as("company")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/placements/placements/{id}/certificate", placed.id()).with(as("company2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theVerificationPageWorksWithoutLoginInTheVisitorsLanguage() throws Exception {
        String ru = mvc.perform(get("/verify/placements/{code}", code).param("lang", "ru")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ru).contains("Проверка сертификата о практике", "Gaukhar Certified", "Kcell", "Завершена, 87.50 %",
                "действителен бессрочно", "Стажировка").doesNotContain(placed.studentEmail());
        String en = mvc.perform(get("/verify/placements/{code}", code).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Practice certificate verification", "This certificate was issued by EduFusion and is valid.",
                "Internship");
    }

    @Test
    void theStudentAlsoGetsASignedOpenBadgeThatVerifies() throws Exception {
        kz.edufusion.credentials.Credentials credentials = context.getBean(kz.edufusion.credentials.Credentials.class);
        kz.edufusion.credentials.IssuedCredential badge = credentials.findBySource("placements", placed.id().toString()).orElseThrow();
        assertThat(badge.holderPersonId()).isEqualTo(placed.student().personId());
        assertThat(badge.holderName()).isEqualTo("Gaukhar Certified");
        assertThat(badge.achievementType()).isEqualTo("Certificate");
        assertThat(badge.description()).contains(jdbc.sql("SELECT number FROM placements.certificate WHERE placement_id = ?")
                .param(placed.id()).query(String.class).single());
        assertThat(badge.criteriaNarrative()).contains("87.50 %");
        assertThat(credentials.verify(badge.jwt()).valid()).isTrue();
        assertThat(credentials.ofHolder(placed.student().personId())).extracting(kz.edufusion.credentials.IssuedCredential::id)
                .contains(badge.id());

        String page = mvc.perform(get("/verify/placements/{code}", code).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(badge.verificationUrl());
        String tab = mvc.perform(get("/placements/placement/{id}/evaluation", placed.id()).with(asEmail(placed.studentEmail())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tab).contains("data-cert-credential", badge.verificationUrl());
        mvc.perform(get(java.net.URI.create(badge.verificationUrl()).getPath())).andExpect(status().isOk());
    }

    @Test
    void anUnknownCodeIsAClear404() throws Exception {
        String page = mvc.perform(get("/verify/placements/{code}", "a".repeat(26)).param("lang", "en")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("No certificate has this verification code.");
        mvc.perform(get("/verify/placements/{code}", "not-a-code")).andExpect(status().isNotFound());
    }

    /**
     * The QR code read from the rendered first page. Like a phone camera moving closer, it tries higher resolutions
     * when one fails: at 150 dpi alone some codes (the content is random) did not decode.
     */
    private static String decodeQr(PDFRenderer renderer) throws Exception {
        com.google.zxing.NotFoundException last = null;
        for (int dpi : new int[] {150, 220, 300}) {
            try {
                return decodeQr(renderer.renderImageWithDPI(0, dpi));
            } catch (com.google.zxing.NotFoundException e) {
                last = e;
            }
        }
        throw last;
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
