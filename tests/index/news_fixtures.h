// Hand-written news items for the index tests: three events, each reported by three outlets in
// their own words, and a second event on the same subject days later. Written for these tests
// (no corpus text), in the style of wire and newspaper copy.
#pragma once
#include <string>
#include <vector>

#include "model/article.h"

namespace chronicle::testing {

inline Article make_article(std::string id, std::string source, std::string date, std::string title, std::string text) {
  Article a;
  a.id = std::move(id);
  a.source = std::move(source);
  a.date = std::move(date);
  a.title = std::move(title);
  a.text = std::move(text);
  return a;
}

// Event A: an earthquake off northern Chile (three outlets, one day).
inline std::vector<Article> quake_reports() {
  return {
      make_article("quake-wire", "Global Wire", "2024-03-04T06:10:00Z",
                   "Strong earthquake shakes northern Chile, no tsunami threat",
                   "SANTIAGO (GW) - A magnitude 6.4 earthquake struck off the coast of northern Chile early on "
                   "Monday, shaking buildings in the port city of Antofagasta and sending residents into the "
                   "streets, the U.S. Geological Survey said.\n\nChile's navy said the quake did not meet the "
                   "conditions for a tsunami along the coast. There were no immediate reports of deaths.\n\n"
                   "The quake was centred 48 km (30 miles) northwest of Antofagasta at a depth of 35 km, the "
                   "USGS said. Copper mines in the region said operations were normal."),
      make_article("quake-daily", "Andes Daily", "2024-03-04T09:30:00Z",
                   "Antofagasta residents flee homes as 6.4 quake hits",
                   "Thousands of people in Antofagasta ran from their homes before dawn on Monday when a "
                   "magnitude 6.4 earthquake rattled Chile's northern coast.\n\nThe navy's hydrographic "
                   "service ruled out a tsunami within minutes, but authorities evacuated the waterfront as "
                   "a precaution. The Geological Survey placed the epicentre at sea, 48 kilometres from the "
                   "city, at a depth of 35 kilometres.\n\nMining companies said copper output in the region "
                   "was not affected."),
      make_article("quake-times", "Pacific Times", "2024-03-04T14:00:00Z",
                   "Chile quake: Antofagasta spared serious damage",
                   "Northern Chile escaped serious damage after a strong earthquake shook the Antofagasta "
                   "region on Monday, officials said, as inspectors checked bridges and the port.\n\n"
                   "The magnitude 6.4 quake, centred offshore northwest of Antofagasta, cut power to parts of "
                   "the city for several hours. The navy said there was no tsunami risk.\n\nChile sits on the "
                   "Pacific Ring of Fire and is one of the most earthquake-prone countries in the world."),
  };
}

// Event B: a central bank rate decision (three outlets, one day).
inline std::vector<Article> rate_reports() {
  return {
      make_article("ecb-wire", "Global Wire", "2024-03-04T12:45:00Z",
                   "ECB raises interest rates by a quarter point to fight inflation",
                   "FRANKFURT (GW) - The European Central Bank raised its key interest rate by 25 basis points "
                   "on Monday, its third increase this year, as it struggles to bring euro zone inflation back "
                   "toward its 2% target.\n\nECB President Christine Lagarde told a news conference in "
                   "Frankfurt that the bank's governing council had been unanimous. The deposit rate now "
                   "stands at 3.25%.\n\nEconomists had been divided on whether the bank would pause."),
      make_article("ecb-fin", "Finance Herald", "2024-03-04T13:20:00Z",
                   "Lagarde signals more hikes after ECB lifts deposit rate to 3.25%",
                   "The European Central Bank lifted its deposit rate to 3.25% on Monday and Christine Lagarde "
                   "left the door open to further increases, saying inflation in the euro zone remained too "
                   "high for too long.\n\nThe quarter-point move in Frankfurt was the third this year. Bond "
                   "yields rose and the euro gained against the dollar after Lagarde spoke."),
      make_article("ecb-times", "Pacific Times", "2024-03-04T15:05:00Z",
                   "Euro zone borrowing costs rise again as ECB hikes",
                   "Borrowing costs across the euro zone rose again on Monday after the European Central Bank "
                   "raised interest rates by a quarter of a percentage point, taking its deposit rate to "
                   "3.25%.\n\nLagarde said the governing council in Frankfurt would decide meeting by meeting. "
                   "Inflation in the 20 countries that share the euro was 4.3% last month."),
  };
}

// Event C: an emergency landing (three outlets, the next day).
inline std::vector<Article> landing_reports() {
  return {
      make_article("jet-wire", "Global Wire", "2024-03-05T02:15:00Z",
                   "Jet with 180 aboard makes emergency landing in Denver after engine failure",
                   "DENVER (GW) - A passenger jet carrying 180 people made an emergency landing at Denver "
                   "International Airport on Monday night after one of its engines failed shortly after "
                   "takeoff, the Federal Aviation Administration said.\n\nNo one was hurt. Passengers described "
                   "a loud bang and flames from the right engine as the Boeing 737 climbed out of Denver. The "
                   "FAA said it would investigate."),
      make_article("jet-local", "Front Range News", "2024-03-05T04:40:00Z",
                   "Passengers describe loud bang before Denver emergency landing",
                   "Passengers on a Boeing 737 that returned to Denver International Airport on Monday said they "
                   "heard a loud bang and saw flames from the right engine minutes after takeoff.\n\nThe "
                   "aircraft, with 180 people aboard, landed safely and was met by fire crews. The Federal "
                   "Aviation Administration has opened an investigation into the engine failure."),
      make_article("jet-times", "Pacific Times", "2024-03-05T08:00:00Z",
                   "FAA investigates engine failure on Denver flight",
                   "The Federal Aviation Administration is investigating why an engine failed on a Boeing 737 "
                   "shortly after takeoff from Denver on Monday, forcing the crew to turn back.\n\nAll 180 "
                   "people on board were unhurt after the emergency landing at Denver International Airport. "
                   "Fire crews put out the flames from the right engine on the runway."),
  };
}

// Event A, continued: an aftershock report from the same region nine days later (another story
// of the same storyline).
inline Article quake_aftershock() {
  return make_article("quake-after", "Global Wire", "2024-03-13T05:00:00Z",
                      "Strong aftershock rattles Antofagasta in northern Chile",
                      "SANTIAGO (GW) - A magnitude 5.8 aftershock shook the northern Chilean city of "
                      "Antofagasta on Wednesday, nine days after a 6.4 earthquake struck off the coast, the "
                      "U.S. Geological Survey said.\n\nThe navy again ruled out a tsunami. Residents of the "
                      "port city, still inspecting damage from the earlier quake, briefly left their homes. "
                      "Copper mines in the region reported no damage.");
}

inline std::vector<Article> all_events() {
  std::vector<Article> out;
  for (auto group : {quake_reports(), rate_reports(), landing_reports()})
    out.insert(out.end(), group.begin(), group.end());
  return out;
}

}  // namespace chronicle::testing
