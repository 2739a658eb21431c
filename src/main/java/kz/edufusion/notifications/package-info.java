/**
 * Notifications: e-mails go through a transactional outbox (written in the caller's transaction,
 * sent later by a cluster-safe job) so a rolled-back action never mails anyone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package kz.edufusion.notifications;
