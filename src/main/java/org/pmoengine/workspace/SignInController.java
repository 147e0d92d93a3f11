package org.pmoengine.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one sign-in page of the application. Spring Security checks the form it posts (see
 * SecurityConfig); the session it opens serves the workspace, Tasklist, Cockpit, Admin and the
 * API alike.
 */
@Controller
class SignInController {

  @GetMapping("/login")
  String signIn(@RequestParam(required = false) String error,
      @RequestParam(required = false) String logout,
      @RequestParam(required = false) Long throttled, Model model) {
    if (throttled != null) {
      model.addAttribute("message",
          "Too many failed sign-ins from your address. Try again in " + throttled + " seconds.");
    } else if (error != null) {
      model.addAttribute("message", "The user name or the password is not right.");
    } else if (logout != null) {
      model.addAttribute("notice", "You have signed out.");
    }
    return "workspace/login";
  }
}
