/** The ecosystem's roadmap (tiekartta): development goals over time and the actions towards them. */
package fi.ekokartta.roadmap;
