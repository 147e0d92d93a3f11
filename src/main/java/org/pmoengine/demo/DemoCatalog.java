package org.pmoengine.demo;

import java.util.List;

/** The names the demo portfolio is made of: people, departments, projects, risks and lessons. */
final class DemoCatalog {

  private DemoCatalog() {}

  record Person(String id, String firstName, String lastName) {}

  record Idea(String department, String category, String title, String summary) {}

  /** Project managers, who request projects and then run them (requesters only). */
  static final List<Person> MANAGERS = List.of(
      new Person("alice", "Alice", "Requester"),
      new Person("bob", "Bob", "Requester"),
      new Person("maria.keller", "Maria", "Keller"),
      new Person("tom.berger", "Tom", "Berger"),
      new Person("sofia.rossi", "Sofia", "Rossi"),
      new Person("james.okafor", "James", "Okafor"),
      new Person("hannah.schmidt", "Hannah", "Schmidt"),
      new Person("lukas.novak", "Lukas", "Novak"),
      new Person("priya.nair", "Priya", "Nair"),
      new Person("daniel.moreau", "Daniel", "Moreau"),
      new Person("elena.petrova", "Elena", "Petrova"),
      new Person("omar.haddad", "Omar", "Haddad"));

  /** Sponsors are executives known by name; they need no account. */
  static final List<String> SPONSORS = List.of("Dr. Claudia Weber, CFO",
      "Martin Lindqvist, COO", "Aisha Rahman, CIO", "Peter Brandt, Head of Sales",
      "Julia Fischer, CHRO", "Marco Bianchi, Head of Customer Service",
      "Ingrid Sørensen, General Counsel", "Kenji Watanabe, Head of Logistics",
      "Laura Gómez, CMO", "Stefan Huber, Head of Procurement");

  static final List<Idea> IDEAS = List.of(
      new Idea("Finance", "operational", "Automated accounts payable",
          "Scan, match and post supplier invoices without manual keying."),
      new Idea("Finance", "strategic", "Rolling forecast platform",
          "Replace the annual budget spreadsheets with a monthly rolling forecast."),
      new Idea("Finance", "regulatory", "E-invoicing mandate readiness",
          "Send and receive structured e-invoices as the new tax law requires."),
      new Idea("Finance", "maintenance", "ERP general ledger upgrade",
          "Move the general ledger to the supported ERP release."),
      new Idea("Human Resources", "strategic", "Skills and talent marketplace",
          "Match internal people to open roles and projects by their skills."),
      new Idea("Human Resources", "operational", "Digital employee onboarding",
          "One onboarding journey with accounts, equipment and training on day one."),
      new Idea("Human Resources", "regulatory", "Working-time recording",
          "Record working time for every employee as the court ruling requires."),
      new Idea("Human Resources", "maintenance", "Payroll system patch programme",
          "Bring the payroll system back to a supported patch level."),
      new Idea("IT", "maintenance", "Data centre exit, phase 2",
          "Move the remaining 140 servers to the cloud and close the second data centre."),
      new Idea("IT", "strategic", "Customer data platform",
          "One view of the customer across shop, stores and service."),
      new Idea("IT", "operational", "Field-service ticketing",
          "Tickets, dispatch and parts for the field technicians on their phones."),
      new Idea("IT", "regulatory", "Identity and access recertification",
          "Quarterly access reviews for every critical system, with evidence."),
      new Idea("IT", "maintenance", "Windows 11 rollout",
          "Replace or upgrade 3,200 laptops before the end of support."),
      new Idea("IT", "operational", "Service desk chatbot",
          "Answer the twenty most common service desk questions automatically."),
      new Idea("Operations", "operational", "Warehouse slotting optimisation",
          "Place fast movers near the docks to cut picking distance."),
      new Idea("Operations", "strategic", "Predictive maintenance for line 3",
          "Sensors and a model that warn of a failure days before it happens."),
      new Idea("Operations", "regulatory", "Energy audit and ISO 50001",
          "Measure energy use per site and certify the energy management."),
      new Idea("Operations", "maintenance", "Packaging line PLC replacement",
          "Replace the end-of-life controllers of packaging lines 1 and 2."),
      new Idea("Sales", "strategic", "Partner portal relaunch",
          "Quotes, orders and deal registration for resellers in one portal."),
      new Idea("Sales", "operational", "CPQ for configurable products",
          "Configure, price and quote the modular product range in minutes."),
      new Idea("Sales", "operational", "CRM mobile app",
          "Visit reports and pipeline updates from the road."),
      new Idea("Marketing", "strategic", "Loyalty programme 2.0",
          "Points, tiers and personal offers across every channel."),
      new Idea("Marketing", "operational", "Marketing automation",
          "Campaigns, journeys and lead scoring in one tool."),
      new Idea("Marketing", "regulatory", "Consent management",
          "Record and honour every customer's marketing consent."),
      new Idea("Customer Service", "operational", "Omnichannel contact centre",
          "Phone, chat, mail and messenger in one agent desktop."),
      new Idea("Customer Service", "strategic", "Self-service returns",
          "Customers start and track returns themselves, without a call."),
      new Idea("Customer Service", "maintenance", "Telephony platform renewal",
          "Replace the contact centre telephony before the contract ends."),
      new Idea("Legal & Compliance", "regulatory", "Whistleblower channel",
          "A confidential reporting channel as the directive requires."),
      new Idea("Legal & Compliance", "regulatory", "Contract lifecycle management",
          "Every contract, its obligations and renewals in one repository."),
      new Idea("Legal & Compliance", "regulatory", "Supply chain due diligence",
          "Assess suppliers' human-rights and environmental risks each year."),
      new Idea("Procurement", "operational", "Source-to-pay suite",
          "Sourcing events, catalogues and purchase orders in one suite."),
      new Idea("Procurement", "strategic", "Supplier sustainability ratings",
          "Rate the top 500 suppliers on emissions and practices."),
      new Idea("Logistics", "operational", "Transport management system",
          "Plan loads, book carriers and track deliveries in one system."),
      new Idea("Logistics", "strategic", "Regional distribution hub",
          "A new hub that cuts next-day delivery lead time in the south."),
      new Idea("Logistics", "maintenance", "Forklift fleet electrification",
          "Replace 60 diesel forklifts by electric ones with charging."));

  /** Plan activities: id, name, share of the project's working days, predecessors. */
  record Step(String id, String name, double share, List<String> after) {}

  static final List<Step> PLAN = List.of(
      new Step("kickoff", "Kick-off", 0, List.of()),
      new Step("requirements", "Requirements analysis", 0.12, List.of("kickoff")),
      new Step("design", "Solution design", 0.12, List.of("requirements")),
      new Step("procurement", "Vendor selection and contracts", 0.10, List.of("requirements")),
      new Step("build", "Build and configuration", 0.28, List.of("design", "procurement")),
      new Step("migration", "Integration and data migration", 0.11, List.of("build")),
      new Step("test", "Testing and acceptance", 0.12, List.of("migration")),
      new Step("training", "Training and change management", 0.08, List.of("build")),
      new Step("golive", "Go-live", 0, List.of("test", "training")),
      new Step("hypercare", "Hypercare and handover", 0.08, List.of("golive")),
      new Step("closed", "Project closed", 0, List.of("hypercare")));

  /** Budget lines: code, name, share of the budget. */
  record LineShare(String code, String name, double share) {}

  static final List<LineShare> BUDGET_LINES = List.of(
      new LineShare("STAFF", "Internal staff", 0.40),
      new LineShare("SERVICES", "External services", 0.35),
      new LineShare("LICENCES", "Licences and hardware", 0.15),
      new LineShare("CONTINGENCY", "Contingency", 0.10));

  record Vendor(String id, String name) {}

  static final List<Vendor> VENDORS = List.of(new Vendor("ACCENTIA", "Accentia Consulting"),
      new Vendor("NORDSYS", "Nordsys Integration"), new Vendor("KAPPA", "Kappa Software"),
      new Vendor("BLUEPEAK", "Bluepeak Cloud Services"), new Vendor("TECHWERK", "Techwerk GmbH"));

  static final List<String> RISKS = List.of("Key vendor delivers late",
      "Subject-matter experts not available for workshops", "Data quality worse than assumed",
      "Scope creep from the business", "Integration with the ERP more complex than planned",
      "Licence costs rise at renewal", "Key developer leaves the team",
      "Regulator changes the requirements", "Performance under peak load not met",
      "Users resist the new process");

  static final List<String> ISSUES = List.of("Test environment not available",
      "Interface specification still open", "Migration rehearsal failed",
      "Purchase order not yet released", "Security review findings to fix",
      "Training rooms double-booked", "Vendor invoice disputed");

  static final List<String> CHANGE_REASONS = List.of(
      "The business asked for a second release of the reporting module.",
      "The vendor needs more time for the interface to the ERP.",
      "Data migration needs an extra cleansing round after the rehearsal.",
      "Regulatory update adds new fields to every record.",
      "Pilot users asked for a mobile view before go-live.");

  record LessonText(String category, String wentWell, String wentBadly, String recommendation) {}

  static final List<LessonText> LESSONS = List.of(
      new LessonText("ESTIMATION", "The build estimate held for the core modules.",
          "Data migration took twice as long as estimated.",
          "Estimate migration from a rehearsal on real data, not from the record count."),
      new LessonText("VENDORS", "The vendor's team was stable and knew the product well.",
          "The contract named no acceptance criteria for the interfaces.",
          "Put measurable acceptance criteria into every vendor contract."),
      new LessonText("STAKEHOLDERS", "The sponsor attended every steering meeting.",
          "Works council was involved too late.",
          "Involve the works council in the planning stage of every HR-related project."),
      new LessonText("REQUIREMENTS", "Prototypes made the requirements concrete early.",
          "Reporting requirements came after the design was frozen.",
          "Collect reporting needs together with the process requirements."),
      new LessonText("TEAM", "Co-located sprint weeks sped up decisions.",
          "Two key people were shared with another project.",
          "Book key people for the whole execution stage before gate G2."),
      new LessonText("QUALITY", "Automated regression tests caught most defects early.",
          "User acceptance testing was squeezed into one week.",
          "Plan at least three weeks of user acceptance testing."),
      new LessonText("COMMUNICATION", "A fortnightly newsletter kept users informed.",
          "Go-live date changes reached the stores late.",
          "Announce date changes to every site within one day."),
      new LessonText("BUDGET", "Monthly cost reviews with finance avoided surprises.",
          "Licence costs were underestimated.",
          "Get binding licence quotes before the budget baseline."));
}
