package org.policymonitor.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.policymonitor.i18n.SupportedLanguages;
import org.policymonitor.i18n.TranslationProvider;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications: one entry in the recipient's in-app list and, unless they turned that kind off, one
 * e-mail in their language. E-mail goes through Spring Mail when {@code spring.mail.host} is configured;
 * without it only the in-app list is written.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final RowMapper<Notification> ROW = (rs, n) -> new Notification(rs.getLong("id"),
            NotificationKind.valueOf(rs.getString("kind")), (Long) rs.getObject("measure_id", Long.class),
            rs.getString("measure_title"), rs.getString("detail"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant(), rs.getString("task_id"));

    private final JdbcTemplate jdbc;
    private final TranslationProvider translations;
    private final ObjectProvider<JavaMailSender> mail;
    private final AccountService accounts;
    private final UserDirectory directory;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final String from;

    NotificationService(JdbcTemplate jdbc, TranslationProvider translations, ObjectProvider<JavaMailSender> mail,
            AccountService accounts, UserDirectory directory, PlatformTransactionManager transactions, Clock clock,
            @Value("${policymonitor.notification.from:policy-monitor@localhost}") String from) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.mail = mail;
        this.accounts = accounts;
        this.directory = directory;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
    }

    /**
     * Notifies each recipient once (duplicates by username are dropped), in a transaction of its own: this
     * runs after the transaction that caused it committed.
     */
    void notify(NotificationKind kind, Collection<Recipient> recipients, Long measureId, String measureTitle,
            String detail) {
        notify(kind, recipients, measureId, measureTitle, detail, null);
    }

    /** As above, about one task ({@code taskId}), so that the list can tell when it is no longer open. */
    void notify(NotificationKind kind, Collection<Recipient> recipients, Long measureId, String measureTitle,
            String detail, String taskId) {
        Map<String, Recipient> distinct = new LinkedHashMap<>();
        recipients.forEach(r -> distinct.putIfAbsent(r.username(), r));
        for (Recipient recipient : distinct.values()) {
            NotificationPreferences preferences = newTransaction.execute(status -> {
                jdbc.update("insert into notification (recipient, kind, measure_id, measure_title, detail, created_at, "
                        + "task_id) values (?, ?, ?, ?, ?, ?, ?)", recipient.username(), kind.name(), measureId,
                        measureTitle, detail, Timestamp.from(clock.instant()), taskId);
                return preferencesOf(recipient.username());
            });
            if (preferences.wantsEmail(kind)) {
                sendEmail(kind, recipient, preferences, measureTitle, detail);
            }
        }
    }

    private void sendEmail(NotificationKind kind, Recipient recipient, NotificationPreferences preferences,
            String measureTitle, String detail) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || recipient.email() == null || recipient.email().isBlank()) {
            return;
        }
        Locale locale = languageOf(recipient, preferences);
        String title = measureTitle == null ? "" : measureTitle;
        String reason = detail == null ? "" : detail;
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient.email());
        message.setSubject(translations.translate(locale, "notification.mail.subject." + kind.name(), title));
        message.setText(translations.translate(locale, "notification.mail.greeting", recipient.displayName()) + "\n\n"
                + translations.translate(locale, "notification.text." + kind.name(), title, reason) + "\n\n"
                + translations.translate(locale, "notification.mail.footer"));
        try {
            sender.send(message);
        } catch (MailException e) {
            // The in-app entry is written; a mail server being down must not undo the step that caused it.
            log.warn("Could not send {} notification to {}: {}", kind, recipient.username(), e.getMessage());
        }
    }

    static Locale languageOf(Recipient recipient, NotificationPreferences preferences) {
        String tag = preferences.language() != null ? preferences.language() : recipient.preferredLanguage();
        return SupportedLanguages.closest(Locale.forLanguageTag(tag == null ? "en" : tag));
    }

    NotificationPreferences preferencesOf(String username) {
        return jdbc.query("select language, email_opt_outs from notification_preference where username = ?",
                (rs, n) -> new NotificationPreferences(rs.getString("language"), parse(rs.getString("email_opt_outs"))),
                username).stream().findFirst().orElseGet(() -> new NotificationPreferences(null, Set.of()));
    }

    private static Set<NotificationKind> parse(String kinds) {
        if (kinds == null || kinds.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(kinds.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(NotificationKind::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationKind.class)));
    }

    // ---- the signed-in user's own list and preferences ----

    /** The signed-in user's notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return jdbc.query("select * from notification where recipient = ? order by created_at desc, id desc "
                + "fetch first 200 rows only", ROW, me());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        Long count = jdbc.queryForObject("select count(*) from notification where recipient = ? and read_at is null",
                Long.class, me());
        return count == null ? 0 : count;
    }

    /** Marks one of the signed-in user's own notifications read; another user's is left as it is. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean markRead(Long notificationId) {
        return jdbc.update("update notification set read_at = ? where id = ? and recipient = ? and read_at is null",
                Timestamp.from(clock.instant()), notificationId, me()) == 1;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        jdbc.update("update notification set read_at = ? where recipient = ? and read_at is null",
                Timestamp.from(clock.instant()), me());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NotificationPreferences myPreferences() {
        return preferencesOf(me());
    }

    /** The language the signed-in user's e-mails are written in, when they chose none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String accountLanguage() {
        return directory.user(me()).map(Recipient::preferredLanguage).orElse("en");
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void savePreferences(NotificationPreferences preferences) {
        String username = me();
        String language = preferences.language();
        if (language != null && SupportedLanguages.ALL.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            throw new IllegalArgumentException("Unsupported language " + language);
        }
        String optOuts = preferences.emailOptOuts().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        int updated = jdbc.update("update notification_preference set language = ?, email_opt_outs = ?, "
                + "version = version + 1 where username = ?", language, optOuts, username);
        if (updated == 0) {
            jdbc.update("insert into notification_preference (username, language, email_opt_outs) values (?, ?, ?)",
                    username, language, optOuts);
        }
    }

    private String me() {
        return accounts.currentUser().map(CurrentUser::username)
                .orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
