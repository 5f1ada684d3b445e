/**
 * Views of the measure module. Exposed to the other modules' views as Spring Modulith's named interface
 * {@code ui} (the workflow pages show the places of a measure and what changed): see docs/modules.md.
 */
@NamedInterface("ui")
package org.policymonitor.measure.ui;

import org.springframework.modulith.NamedInterface;
