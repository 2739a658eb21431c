package kz.edufusion.labormarket.normalize;

import java.util.Optional;

/** Places a vacancy's city (as hh and other sources write it, in ru, kk or en) in one of the 20 regions. */
public interface CityRegions {

    /** The ISO 3166-2:KZ code of the city's region (e.g. Жаркент -> KZ-33 Zhetysu), or empty when unknown. */
    Optional<String> regionOf(String city);
}
