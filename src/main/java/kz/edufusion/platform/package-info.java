/**
 * The shell around the modules: the embedded database, the jar's operator sub-commands, the page
 * layout and each role's home page. Nothing here owns business data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "notifications", "reference"})
package kz.edufusion.platform;
