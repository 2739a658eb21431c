/** The jar's sub-command dispatcher, exposed so the application's main class can hand over to it. */
@org.springframework.modulith.NamedInterface("cli")
package kz.edufusion.platform.cli;
