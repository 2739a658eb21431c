package kz.edufusion.placements.web;

import kz.edufusion.placements.PlacementParty;

/** Signing a sent version: the party signed for, the signer's full name as typed, and the consent ticked. */
public class AgreementSignForm {

    private PlacementParty party;
    private String fullName;
    private boolean consent;

    public PlacementParty getParty() {
        return party;
    }

    public void setParty(PlacementParty party) {
        this.party = party;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
