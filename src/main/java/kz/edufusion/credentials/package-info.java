/**
 * Credentials: verifiable credentials for the whole platform (internship certificates, academy course certificates,
 * educator certifications). Each is an Open Badges 3.0 {@code OpenBadgeCredential} in the W3C VC Data Model 2.0
 * shape, issued as a VC-JWT signed with ES256 by the platform's issuer, revocable through a W3C Bitstring Status
 * List, verifiable by anyone at a public page or through the API, and kept in its holder's wallet. Other modules
 * issue and revoke only through {@link kz.edufusion.credentials.Credentials} and print certificates through
 * {@link kz.edufusion.credentials.CredentialCertificates}; this module depends on no domain module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity"})
package kz.edufusion.credentials;
