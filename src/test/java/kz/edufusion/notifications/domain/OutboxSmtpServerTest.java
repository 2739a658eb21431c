package kz.edufusion.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Spring Boot builds a sender even for {@code spring.mail.host=} (EDUFUSION_SMTP_HOST unset); it must not count. */
class OutboxSmtpServerTest {

    @Test
    void senderWithoutHostIsNoSmtpServer() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("");
        assertThat(SmtpServer.configured(sender)).isFalse();
    }

    @Test
    void senderWithHostIsUsed() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("smtp.example.kz");
        assertThat(SmtpServer.configured(sender)).isTrue();
    }

    @Test
    void sessionNamingAHostIsUsed() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "smtp.example.kz");
        sender.setJavaMailProperties(properties);
        assertThat(SmtpServer.configured(sender)).isTrue();
    }
}
