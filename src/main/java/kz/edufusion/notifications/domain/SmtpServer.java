package kz.edufusion.notifications.domain;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP sender to deliver with, if the platform has one. Spring Boot creates a JavaMailSender
 * whenever the {@code spring.mail.host} property exists, even with the empty value that
 * {@code EDUFUSION_SMTP_HOST} unset produces; such a sender would try localhost and fail every mail, so
 * a sender without a host (and without a JNDI session naming one) counts as no SMTP at all.
 */
@Component
class SmtpServer {

    private final ObjectProvider<JavaMailSender> senders;

    SmtpServer(ObjectProvider<JavaMailSender> senders) {
        this.senders = senders;
    }

    Optional<JavaMailSender> sender() {
        return Optional.ofNullable(senders.getIfAvailable()).filter(SmtpServer::configured);
    }

    static boolean configured(JavaMailSender sender) {
        if (sender instanceof JavaMailSenderImpl impl) {
            return StringUtils.hasText(impl.getHost())
                    || StringUtils.hasText(impl.getSession().getProperty("mail.smtp.host"));
        }
        return true;
    }
}
