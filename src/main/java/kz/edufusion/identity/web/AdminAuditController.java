package kz.edufusion.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import kz.edufusion.common.PageQuery;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.AuditLog.AuditQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, searchable by actor, action and object. */
@Controller
class AdminAuditController {

    private final AuditLog audit;

    AdminAuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        AuditQuery query = new AuditQuery(actor, action, objectType, objectId);
        var result = audit.search(query, PageQuery.of(page, 50));
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("links", PageLinks.of(result, request));
        return "admin/audit";
    }
}
