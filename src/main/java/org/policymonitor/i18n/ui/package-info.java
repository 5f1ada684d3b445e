/**
 * Views of the i18n module. Exposed to the other modules' views as Spring Modulith's named interface {@code ui}
 * (the ArchitectureTest's rule too lets a module's {@code ui} use another's): see docs/modules.md.
 */
@NamedInterface("ui")
package org.policymonitor.i18n.ui;

import org.springframework.modulith.NamedInterface;
