package org.policymonitor.admin.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.policymonitor.party.Ministry;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * Roles and the scope they apply to: a ministry for editors, a Party for reviewers and evaluators, an
 * organisation for partner contacts, a civil-society organisation of a Party for civil-society contacts (whose
 * Party follows from the organisation). A picker shows only when a role needs it.
 */
class AccessEditor extends FormLayout {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<Party> party = new ComboBox<>();
    final ComboBox<Ministry> ministry = new ComboBox<>();
    final ComboBox<PartnerOrganisation> partner = new ComboBox<>();
    private final ReferenceData referenceData;

    AccessEditor(ReferenceData referenceData) {
        this.referenceData = referenceData;
        roles.setLabel(getTranslation("admin.user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));

        party.setLabel(getTranslation("admin.user.party"));
        party.setItems(referenceData.parties());
        party.setItemLabelGenerator(Party::getName);
        party.addValueChangeListener(e -> {
            Ministry selected = ministry.getValue();
            ministry.setItems(e.getValue() == null ? List.of() : referenceData.ministriesOf(e.getValue().getId()));
            if (selected != null && e.getValue() != null && Objects.equals(selected.getPartyId(), e.getValue().getId())) {
                ministry.setValue(selected);
            }
        });
        ministry.setLabel(getTranslation("admin.user.ministry"));
        ministry.setItemLabelGenerator(Ministry::getName);
        ministry.setHelperText(getTranslation("admin.user.ministryHelp"));
        partner.setLabel(getTranslation("admin.user.partner"));
        partner.setItems(referenceData.partnerOrganisations());
        partner.setItemLabelGenerator(o -> o.getPartyId() == null ? o.getName()
                : o.getName() + " (" + referenceData.party(o.getPartyId()).map(Party::getName).orElse("") + ")");

        roles.addValueChangeListener(e -> showPickers());
        add(roles, party, ministry, partner);
        setColspan(roles, 2);
        showPickers();
    }

    private void showPickers() {
        Set<Role> selected = roles.getValue();
        boolean editor = selected.contains(Role.EDITOR);
        party.setVisible(editor || selected.contains(Role.REVIEWER) || selected.contains(Role.EVALUATOR));
        ministry.setVisible(editor);
        boolean civilSociety = selected.contains(Role.CIVIL_SOCIETY);
        partner.setVisible(selected.contains(Role.PARTNER) || civilSociety);
        PartnerOrganisation chosen = partner.getValue();
        List<PartnerOrganisation> offered = civilSociety ? referenceData.partnerOrganisations().stream()
                .filter(o -> AccountService.CIVIL_SOCIETY_TYPE.equals(o.getEntityType()) && o.getPartyId() != null)
                .toList() : referenceData.partnerOrganisations();
        partner.setItems(offered);
        if (chosen != null) {
            offered.stream().filter(o -> o.getId().equals(chosen.getId())).findFirst().ifPresent(partner::setValue);
        }
        partner.setHelperText(civilSociety ? getTranslation("admin.user.civilSocietyHelp") : null);
    }

    void setValue(Set<Role> roleSet, Scope scope) {
        roles.setValue(roleSet.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roleSet));
        party.setValue(referenceData.party(scope.partyId()).orElse(null));
        Long ministryId = scope.ministryId();
        ministry.setValue(ministryId == null ? null
                : ministry.getListDataView().getItems().filter(m -> m.getId().equals(ministryId)).findFirst()
                        .orElse(null));
        Long partnerId = scope.partnerOrganisationId();
        partner.setValue(partnerId == null ? null
                : partner.getListDataView().getItems().filter(p -> p.getId().equals(partnerId)).findFirst()
                        .orElse(null));
    }

    Set<Role> selectedRoles() {
        return roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
    }

    Scope selectedScope() {
        return new Scope(ministry.isVisible() && ministry.getValue() != null ? ministry.getValue().getId() : null,
                party.isVisible() && party.getValue() != null ? party.getValue().getId() : null,
                partner.isVisible() && partner.getValue() != null ? partner.getValue().getId() : null);
    }

    /** Shows a refusal of the service beside the field it concerns; false when the field is not one of these. */
    boolean showError(String field, String message) {
        switch (field) {
            case "roles" -> {
                roles.setErrorMessage(message);
                roles.setInvalid(true);
            }
            case "ministry" -> {
                ministry.setErrorMessage(message);
                ministry.setInvalid(true);
            }
            case "party" -> {
                party.setErrorMessage(message);
                party.setInvalid(true);
            }
            case "partner" -> {
                partner.setErrorMessage(message);
                partner.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    void clearErrors() {
        roles.setInvalid(false);
        ministry.setInvalid(false);
        party.setInvalid(false);
        partner.setInvalid(false);
    }
}
