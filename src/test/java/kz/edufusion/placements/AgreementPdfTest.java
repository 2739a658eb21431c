package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.agreements.AgreementPdf;
import kz.edufusion.placements.agreements.AgreementView;
import kz.edufusion.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The agreement prints in Kazakh and in Russian with the parties' names and the clauses; the signed copy keeps the pages. */
@IntegrationTest
@AutoConfigureMockMvc
class AgreementPdfTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    AgreementFixtures fixtures;
    CurrentUser student;
    UUID placement;

    @BeforeEach
    void placed() {
        fixtures = new AgreementFixtures(context);
        student = fixtures.student("Kamila Tokhtarova");
        placement = fixtures.placed(student);
    }

    @Test
    void kazakh() throws Exception {
        fixtures.sent(placement, "kk");
        fixtures.agreements.sign(student, placement, AgreementFixtures.signing("Kamila Tokhtarova"));
        byte[] signed = fixtures.agreements.pdf(student, placement, 1, true).content();
        // for a person to look at after the build, next to the screenshots
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/placements-agreement-kk.pdf"), signed);
        String text = text(fixtures.agreements.pdf(student, placement, 1, false).content());
        assertThat(text).contains("ҮШЖАҚТЫ ШАРТ", "Kamila Tokhtarova", "Kcell", "Gulnara Omarova", "Asel Kenzhebayeva",
                "Зияткерлік меншік", "Қауіпсіздік және еңбекті қорғау", "Құпиялылық", "Шарттың қолданылу мерзімі",
                "Білім беру ұйымының міндеттері", "Кәсіпорынның міндеттері", "Білім алушының міндеттері",
                "Анализ данных абонентов на SQL", "100 000 теңге");
        assertThat(text).doesNotContain("placements.agreements");
    }

    @Test
    void russianAndTheSignedCopy() throws Exception {
        AgreementView sent = fixtures.sent(placement, "ru");
        byte[] original = mvc.perform(get("/placements/placement/{id}/agreement/versions/1/document.pdf", placement)
                        .with(as("coordinator")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Document-SHA256", sent.latest().documentSha256()))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)))
                .isEqualTo(sent.latest().documentSha256());
        String text = text(original);
        assertThat(text).contains("ТРЁХСТОРОННИЙ ДОГОВОР", "Kamila Tokhtarova", "Kcell", "Интеллектуальная собственность",
                "Безопасность и охрана труда", "Конфиденциальность", "Срок действия, изменение и расторжение договора",
                "Обязанности Предприятия", "Исключительные имущественные права", "Gulnara Omarova");

        fixtures.agreements.sign(student, placement, AgreementFixtures.signing("Kamila Tokhtarova"));
        AgreementPdf signed = fixtures.agreements.pdf(fixtures.user("company"), placement, 1, true);
        try (PDDocument document = Loader.loadPDF(original); PDDocument copy = Loader.loadPDF(signed.content())) {
            assertThat(copy.getNumberOfPages()).isEqualTo(document.getNumberOfPages() + 1);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(copy.getNumberOfPages());
            String signatures = lastPage.getText(copy).replaceAll("\\s+", "");
            assertThat(signatures).contains("ПодписиСторон", "KamilaTokhtarova", sent.latest().documentSha256(), "ожидаетсяподпись");
        }
        assertThat(fixtures.agreements.pdf(student, placement, 1, false).content()).isEqualTo(original);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
