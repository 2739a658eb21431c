/**
 * Value types and web conventions shared by every module: localized text, paging, problem details.
 * Open on purpose: every module may use all of it, and it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.edufusion.common;
