/**
 * The demo distributor's trade customers beyond the first three: contractors, maintenance departments,
 * fabricators and resellers across its three regions. Terms, limits, holds and warehouses are derived
 * from each customer's place in this list (see demo-customers.ts); only what a sales rep would have to
 * look up — name, address, and the contract they negotiated — is written here.
 */
export interface DirectoryEntry {
  name: string;
  line1: string;
  city: string;
  /** Two-letter US state: the tax jurisdiction and the region that picks the preferred warehouse. */
  state: string;
  postalCode: string;
  /** A negotiated contract: a percentage of list on whole product lines, with a deeper quantity break. */
  contract?: Contract;
}

export interface Contract {
  /** Names the price list: PL-<code>-2026. */
  code: string;
  percentOfList: number;
  /** SKU prefixes of the product lines the contract covers. */
  lines: string[];
}

const customer = (
  name: string,
  line1: string,
  city: string,
  state: string,
  postalCode: string,
  contract?: Contract,
): DirectoryEntry => ({ name, line1, city, state, postalCode, ...(contract ? { contract } : {}) });
const contract = (code: string, percentOfList: number, lines: string[]): Contract => ({ code, percentOfList, lines });

/** C-1004 onwards, in this order. Append only: a customer's place in the list decides its number. */
export const CUSTOMER_DIRECTORY: DirectoryEntry[] = [
  customer(
    'Lone Star Mechanical',
    '3300 Irving Blvd',
    'Dallas',
    'TX',
    '75247',
    contract('LONESTAR', 88, ['BLV', 'CKV', 'BSF', 'CPF', 'THR']),
  ),
  customer(
    'Red River Electric',
    '1415 N Main St',
    'Fort Worth',
    'TX',
    '76164',
    contract('REDRIVER', 87, ['EMT', 'EMC', 'THN', 'RCP', 'SWT']),
  ),
  customer('Gulf Coast Plumbing Supply', '8200 Harwin Dr', 'Houston', 'TX', '77036'),
  customer('Alamo Industrial Maintenance', '1950 SW Military Dr', 'San Antonio', 'TX', '78221'),
  customer(
    'Capitol Facilities Group',
    '600 Congress Ave',
    'Austin',
    'TX',
    '78701',
    contract('CAPITOL', 92, ['FLT', 'LMA', 'CTB', 'MTP']),
  ),
  customer(
    'Sooner Steel Fabricators',
    '4100 SW 29th St',
    'Oklahoma City',
    'OK',
    '73119',
    contract('SOONER', 85, ['CTW', 'FLD', 'GRW', 'SHC', 'HXN']),
  ),
  customer('Tulsa Pipe & Valve', '5500 S 129th East Ave', 'Tulsa', 'OK', '74134'),
  customer('Bayou Builders Supply', '2300 Tchoupitoulas St', 'New Orleans', 'LA', '70130'),
  customer('Ozark Hardware Co-op', '900 W Walnut St', 'Rogers', 'AR', '72756'),
  customer('Rio Grande Contractors', '2100 Menaul Blvd NE', 'Albuquerque', 'NM', '87107'),
  customer(
    'Sonoran Electrical Services',
    '4020 E Broadway Rd',
    'Phoenix',
    'AZ',
    '85040',
    contract('SONORAN', 86, ['EMT', 'PCN', 'EMC', 'THN', 'BXE', 'WNT']),
  ),
  customer('Saguaro Plumbing & Drain', '1850 W University Dr', 'Tempe', 'AZ', '85281'),
  customer('Desert Sun Solar Installers', '7600 N 15th St', 'Phoenix', 'AZ', '85020'),
  customer('Old Pueblo Facilities', '3900 E Speedway Blvd', 'Tucson', 'AZ', '85716'),
  customer(
    'Silver State Industrial',
    '4300 W Sunset Rd',
    'Las Vegas',
    'NV',
    '89118',
    contract('SILVERSTATE', 89, ['WDA', 'CSA', 'THR', 'SNT', 'STR']),
  ),
  customer('High Desert Builders', '1200 Kietzke Ln', 'Reno', 'NV', '89502'),
  customer(
    'Inland Empire Fasteners',
    '1650 S Grove Ave',
    'Ontario',
    'CA',
    '91761',
    contract('INLANDFAST', 82, ['HXN', 'NYL', 'CRG', 'LAG', 'FDW', 'LKW']),
  ),
  customer('Central Valley Ag Supply', '2800 S Golden State Blvd', 'Fresno', 'CA', '93725'),
  customer('Wasatch Mechanical', '3500 S 300 W', 'Salt Lake City', 'UT', '84115'),
  customer('Front Range Electric', '5200 N Washington St', 'Denver', 'CO', '80216'),
  customer('Peachtree Property Services', '1100 Spring St NW', 'Atlanta', 'GA', '30309'),
  customer(
    'Savannah Marine & Industrial',
    '40 Bay St E',
    'Savannah',
    'GA',
    '31401',
    contract('SAVMARINE', 88, ['SHK', 'WRP', 'WRC', 'TBK', 'EYB', 'CHN']),
  ),
  customer(
    'Sunshine State Plumbing',
    '4500 N Dale Mabry Hwy',
    'Tampa',
    'FL',
    '33614',
    contract('SUNSHINE', 87, ['PTE', 'PCP', 'PMA', 'PCA', 'BLV', 'PTF']),
  ),
  customer('Orlando Electrical Contractors', '2600 Silver Star Rd', 'Orlando', 'FL', '32804'),
  customer('First Coast Builders', '7800 Philips Hwy', 'Jacksonville', 'FL', '32256'),
  customer('Magic City Metalworks', '3100 3rd Ave S', 'Birmingham', 'AL', '35233'),
  customer('Music City Maintenance', '500 Hermitage Ave', 'Nashville', 'TN', '37210'),
  customer(
    'Volunteer Safety Supply',
    '2200 Sutherland Ave',
    'Knoxville',
    'TN',
    '37919',
    contract('VOLSAFETY', 84, ['SGL', 'HHT', 'HVV', 'RSP', 'CRT', 'EPL']),
  ),
  customer('Queen City Mechanical', '4400 N Graham St', 'Charlotte', 'NC', '28206'),
  customer('Triangle Facilities Management', '1000 Centregreen Way', 'Cary', 'NC', '27513'),
  customer('Lowcountry Contractors', '2400 Mechanic St', 'Charleston', 'SC', '29405'),
  customer('Tidewater Ship Repair', '1200 Ballentine Blvd', 'Norfolk', 'VA', '23504'),
  customer('Bluegrass Electric', '1800 Leestown Rd', 'Lexington', 'KY', '40511'),
  customer('Delta Farm & Ranch', '1500 Hwy 82 W', 'Greenville', 'MS', '38701'),
  customer('Heartland Grain Systems', '3600 N Hydraulic St', 'Wichita', 'KS', '67219'),
  customer(
    'Gateway Arch Plumbing',
    '4100 Chouteau Ave',
    'St. Louis',
    'MO',
    '63110',
    contract('GATEWAYPLB', 89, ['CPF', 'CPP', 'GTV', 'CKV', 'SUP', 'PEX']),
  ),
  customer('Cornhusker Industrial', '5800 S 72nd St', 'Lincoln', 'NE', '68516'),
  customer('Cascade Facility Services', '2100 NE Columbia Blvd', 'Portland', 'OR', '97211'),
  customer('Puget Sound Electric', '6200 E Marginal Way S', 'Seattle', 'WA', '98108'),
  customer('Snake River Builders', '1400 W Franklin Rd', 'Meridian', 'ID', '83642'),
  customer(
    'Lakefront Property Maintenance',
    '2800 S Halsted St',
    'Chicago',
    'IL',
    '60608',
    contract('LAKEFRONT', 90, ['FLT', 'LUB', 'GRS', 'ABP', 'ELT']),
  ),
  customer('Buckeye Mechanical', '1700 Joyce Ave', 'Columbus', 'OH', '43219'),
  customer('Hoosier Steel Erectors', '3900 W Washington St', 'Indianapolis', 'IN', '46241'),
  customer(
    'Three Rivers Industrial Supply',
    '2500 Liberty Ave',
    'Pittsburgh',
    'PA',
    '15222',
    contract('THREERIVERS', 86, ['HXN', 'SHC', 'THL', 'CTW', 'SCB', 'HSW']),
  ),
  customer('Empire State Electrical', '1850 Flushing Ave', 'Brooklyn', 'NY', '11237'),
  customer(
    'Permian Oilfield Services',
    '4800 E Interstate 20',
    'Odessa',
    'TX',
    '79766',
    contract('PERMIAN', 85, ['BLV', 'GTV', 'BSF', 'GNP', 'HCL', 'LUB']),
  ),
  customer('Panhandle Ranch Supply', '3200 E Interstate 40', 'Amarillo', 'TX', '79104'),
];
