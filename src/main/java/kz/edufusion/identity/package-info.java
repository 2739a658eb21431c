/**
 * Identity: organizations (universities, colleges, companies, QA agencies, the Ministry), people, their
 * roles in organizations, login, API tokens and the audit log. Every other module asks this one who the
 * current user is and in which organizations they act.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "notifications", "reference"})
package kz.edufusion.identity;
