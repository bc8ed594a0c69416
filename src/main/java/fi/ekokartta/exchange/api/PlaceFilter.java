package fi.ekokartta.exchange.api;

import java.util.regex.Pattern;

/**
 * The HSDS {@code postcode} and {@code proximity} filters of the service_at_location list. A
 * postcode alone keeps the places whose address has that postal code. With {@code proximity}
 * (metres) it keeps the places within that distance of the postcode's centroid, which Ekokartta
 * takes as the mean position of the published places it knows with that postal code and a
 * position: there is no postcode-area register to read it from.
 *
 * @param postcode  a Finnish postal code (five digits), or null for no place filter
 * @param proximity metres from the postcode's centroid, or null to match the postal code itself
 */
record PlaceFilter(String postcode, Integer proximity) {

    static final PlaceFilter NONE = new PlaceFilter(null, null);
    /** Far enough to cover Finland from one end to the other. */
    static final int MAX_PROXIMITY = 1_500_000;
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

    static PlaceFilter parse(String postcode, String proximity) {
        String code = postcode == null ? null : postcode.strip();
        if (code != null && !POSTCODE.matcher(code).matches()) {
            throw new BadParameterException("postcode must be a Finnish postal code of five digits (84100), not '%s'"
                    .formatted(postcode));
        }
        if (proximity == null) {
            return new PlaceFilter(code, null);
        }
        if (code == null) {
            throw new BadParameterException("proximity is measured from the centroid of a postcode; give postcode too");
        }
        int metres;
        try {
            metres = Integer.parseInt(proximity.strip());
        } catch (NumberFormatException e) {
            metres = -1;
        }
        if (metres < 1 || metres > MAX_PROXIMITY) {
            throw new BadParameterException("proximity must be whole metres from 1 to %d, not '%s'"
                    .formatted(MAX_PROXIMITY, proximity));
        }
        return new PlaceFilter(code, metres);
    }

    boolean byPostcodeOnly() {
        return postcode != null && proximity == null;
    }

    boolean byDistance() {
        return proximity != null;
    }

    /**
     * A circle on the map around a centre, in the flat approximation good to a fraction of a per
     * cent at these distances: degrees of latitude and longitude scaled to metres at the centre.
     */
    record Circle(double latitude, double longitude, double metresPerDegreeLatitude,
                  double metresPerDegreeLongitude, double radiusSquared) {

        static Circle around(double latitude, double longitude, int radiusMetres) {
            double metresPerDegreeLatitude = 111_132.954 - 559.822 * Math.cos(2 * Math.toRadians(latitude));
            double metresPerDegreeLongitude = 111_412.84 * Math.cos(Math.toRadians(latitude));
            return new Circle(latitude, longitude, metresPerDegreeLatitude, metresPerDegreeLongitude,
                    (double) radiusMetres * radiusMetres);
        }

        /** A circle no place lies in, for when no filter by distance is asked. */
        static Circle none() {
            return new Circle(0, 0, 0, 0, -1);
        }
    }
}
