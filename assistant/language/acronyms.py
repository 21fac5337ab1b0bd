"""United Nations acronyms whose letters are not the initials of the words the texts write for them.

The texts spell out most acronyms they use ("the International Labour Organization (ILO)"), and search/lexicon.py
reads those from the index itself. Those here are the ones people ask with but the texts never spell out in their
own letters: the French-derived names of peacekeeping missions (MINURSO, "Mission des Nations Unies pour
l'organisation d'un référendum au Sahara occidental", is written "United Nations Mission for the Referendum in
Western Sahara"), names whose short words give letters (UNIFIL, "Interim Force in Lebanon"), and groups of States
written in lowercase ("small island developing States"). A budget resolution names its mission in full only.
"""

from __future__ import annotations

UN_ACRONYMS = {
    # peacekeeping operations and offices financed by the General Assembly
    "unifil": "United Nations Interim Force in Lebanon",
    "unficyp": "United Nations Peacekeeping Force in Cyprus",
    "minurso": "United Nations Mission for the Referendum in Western Sahara",
    "monusco": "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
    "minusca": "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
    "minusma": "United Nations Multidimensional Integrated Stabilization Mission in Mali",
    "unmiss": "United Nations Mission in South Sudan",
    "unisfa": "United Nations Interim Security Force for Abyei",
    "unmik": "United Nations Interim Administration Mission in Kosovo",
    "unamid": "African Union-United Nations Hybrid Operation in Darfur",
    "unmil": "United Nations Mission in Liberia",
    "unoci": "United Nations Operation in Côte d'Ivoire",
    "unsos": "United Nations Support Office in Somalia",
    "unsoh": "United Nations Support Office in Haiti",
    "binuh": "United Nations Integrated Office in Haiti",
    "unama": "United Nations Assistance Mission in Afghanistan",
    "unami": "United Nations Assistance Mission for Iraq",
    "untso": "United Nations Truce Supervision Organization",
    "unmogip": "United Nations Military Observer Group in India and Pakistan",
    "irmct": "International Residual Mechanism for Criminal Tribunals",
    "rsce": "Regional Service Centre in Entebbe",
    "unlb": "United Nations Logistics Base at Brindisi",
    # bodies and instruments
    "unrwa": "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    "unctad": "United Nations Conference on Trade and Development",
    "unesco": "United Nations Educational, Scientific and Cultural Organization",
    "unicef": "United Nations Children's Fund",
    "unhcr": "Office of the United Nations High Commissioner for Refugees",
    "ohchr": "Office of the United Nations High Commissioner for Human Rights",
    "unodc": "United Nations Office on Drugs and Crime",
    "unfpa": "United Nations Population Fund",
    "unops": "United Nations Office for Project Services",
    "unitar": "United Nations Institute for Training and Research",
    "uncitral": "United Nations Commission on International Trade Law",
    "unscear": "United Nations Scientific Committee on the Effects of Atomic Radiation",
    "unfccc": "United Nations Framework Convention on Climate Change",
    "unclos": "United Nations Convention on the Law of the Sea",
    "ecosoc": "Economic and Social Council",
    "cedaw": "Convention on the Elimination of All Forms of Discrimination against Women",
    "npt": "Treaty on the Non-Proliferation of Nuclear Weapons",
    "ctbt": "Comprehensive Nuclear-Test-Ban Treaty",
    "bbnj": "marine biological diversity of areas beyond national jurisdiction",
    # groups of States and subjects the texts write in lowercase
    "sids": "small island developing States",
    "ldc": "least developed countries",
    "lldc": "landlocked developing countries",
    "ict": "information and communications technologies",
}
