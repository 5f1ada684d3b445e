/**
 * The shell's views and the helpers other modules' views use (the layout, {@link NarrowScreen}). Exposed to the
 * other modules' views as Spring Modulith's named interface {@code ui}: see docs/modules.md.
 */
@NamedInterface("ui")
package org.policymonitor.shell.ui;

import org.springframework.modulith.NamedInterface;
